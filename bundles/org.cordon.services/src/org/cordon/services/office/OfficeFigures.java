package org.cordon.services.office;

/** The office's meetings and documents. */
public record OfficeFigures(long meetings, long leadingGroupMeetings, long videoMeetings, long documents) {
}
