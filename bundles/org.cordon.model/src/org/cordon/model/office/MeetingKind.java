package org.cordon.model.office;

/** The kinds of meeting the office minutes. */
public enum MeetingKind {
	/** 领导小组会议: a meeting of the leading group. */
	LEADING_GROUP,
	/** 推进会: a meeting to push the work forward. */
	PUSH,
	/** 视频会议: a video conference, often with the city or the province. */
	VIDEO
}
