package org.cordon.diagram.organisation;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The organisation diagrams' preferences and their defaults. */
public class OrganisationDiagramPreferences extends AbstractPreferenceInitializer {

	public static final String QUALIFIER = "org.cordon.diagram.organisation";
	/** A unit answering for more communities than this is drawn amber and listed as a problem. */
	public static final String UNIT_LOAD_THRESHOLD = "unitLoadThreshold";
	public static final int DEFAULT_UNIT_LOAD_THRESHOLD = 4;

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(QUALIFIER).putInt(UNIT_LOAD_THRESHOLD, DEFAULT_UNIT_LOAD_THRESHOLD);
	}

	/** Stores the threshold in the workbench's preferences; open pairing diagrams must then be reloaded. */
	public static void setUnitLoadThreshold(int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("the load threshold is a number of communities, at least 1: " + threshold);
		}
		var node = InstanceScope.INSTANCE.getNode(QUALIFIER);
		node.putInt(UNIT_LOAD_THRESHOLD, threshold);
		try {
			node.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			throw new IllegalStateException("the preference could not be stored: " + e.getMessage(), e);
		}
	}

	/** The threshold as set in the workbench's preferences, or the default. */
	public static int unitLoadThreshold() {
		try {
			return InstanceScope.INSTANCE.getNode(QUALIFIER).getInt(UNIT_LOAD_THRESHOLD, DEFAULT_UNIT_LOAD_THRESHOLD);
		} catch (IllegalStateException e) {
			// The command line runs without an instance location, hence without user preferences.
			return DEFAULT_UNIT_LOAD_THRESHOLD;
		}
	}
}
