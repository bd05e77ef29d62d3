package org.cordon.services.schools;

/** The schools group's figures. */
public interface SchoolService {

	SchoolFigures figures();
}
