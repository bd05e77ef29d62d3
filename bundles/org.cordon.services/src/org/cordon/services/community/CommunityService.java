package org.cordon.services.community;

import java.util.List;

/** The community control group's figures. */
public interface CommunityService {

	/** Every community, by its township's order and then by code. */
	List<CommunityFigures> communities();
}
