package org.cordon.services.volunteers;

/** The volunteer teams' figures. */
public interface VolunteerService {

	long volunteers();

	long teams();
}
