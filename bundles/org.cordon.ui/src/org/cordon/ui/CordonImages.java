package org.cordon.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** Cordon's own icons (SVG, so they stay sharp at every zoom), for every bundle's labels. */
public enum CordonImages {
	LEADING_GROUP("leading-group"),
	OFFICE("office"),
	GROUP("group"),
	POSITION("position"),
	VACANT_POSITION("vacant"),
	PERSON("person"),
	TOWNSHIP("township"),
	COMMUNITY("community"),
	UNPAIRED_COMMUNITY("community-unpaired"),
	UNIT("unit"),
	FOLDER("folder");

	private final String path;

	CordonImages(String name) {
		this.path = "icons/" + name + ".svg";
	}

	public ImageDescriptor descriptor() {
		return ResourceLocator.imageDescriptorFromBundle(CordonImages.class, path)
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
	}
}
