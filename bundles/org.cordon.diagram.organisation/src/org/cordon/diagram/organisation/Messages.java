package org.cordon.diagram.organisation;

import org.eclipse.osgi.util.NLS;

/** The organisation diagrams' words (layers, filters, tools, labels, problems and undo labels), in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.diagram.organisation.messages";

	public static String pairing;
	public static String preferencesDescription;
	public static String unitLoadThreshold;
	public static String unitLoadThresholdRange;
	public static String pairingsLayer;
	public static String unitsLayer;
	public static String unitLabel;
	public static String unitLabelOne;
	public static String unpaired;
	public static String overloaded;
	public static String onlyUnpaired;
	public static String hideIdleUnits;
	public static String pairWithUnit;
	public static String repair;
	public static String unpair;
	public static String community;
	public static String newCommunity;
	public static String rename;
	public static String shortName;
	public static String pair;
	public static String unpairCommunity;
	public static String renameElement;
	public static String leadership;
	public static String membersLayer;
	public static String memberDepartments;
	public static String officeAndGroups;
	public static String townships;
	public static String noHead;
	public static String vacant;
	public static String hideStaff;
	public static String moveToGroup;
	public static String group;
	public static String newGroup;
	public static String position;
	public static String newPosition;
	public static String assignPerson;
	public static String deletePosition;
	public static String title;
	public static String vacantLabel;
	public static String move;
	public static String noLeadingGroup;
	public static String assign;
	public static String nobody;
	public static String deleteElement;
	public static String retitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
