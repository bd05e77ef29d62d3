package org.cordon.ui.navigator;

import java.util.List;

/** A grouping node of the organisation navigator, such as "Townships (23)". */
public record NavigatorFolder(String id, String label, List<?> children) {

	public NavigatorFolder {
		children = List.copyOf(children);
	}
}
