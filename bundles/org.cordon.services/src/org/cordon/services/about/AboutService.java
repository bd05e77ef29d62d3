package org.cordon.services.about;

import java.util.List;

/** The versions of Cordon and of the platform pieces it runs on, as installed. */
public interface AboutService {

	/** Cordon first, then the Eclipse platform, EclipseLink, Derby and Java. */
	List<ComponentVersion> versions();
}
