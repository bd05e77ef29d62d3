package org.cordon.services.publicity;

import java.util.Map;

import org.cordon.model.publicity.PublicityKind;

/** The publicity group's figures. */
public interface PublicityService {

	/** How many of each kind of item went out, over all distributions; every kind is present. */
	Map<PublicityKind, Long> distributed();
}
