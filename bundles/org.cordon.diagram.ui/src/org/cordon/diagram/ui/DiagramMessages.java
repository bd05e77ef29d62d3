package org.cordon.diagram.ui;

import org.eclipse.osgi.util.NLS;

/** The diagram editor's words, in English ({@code messages.properties}) and Chinese ({@code messages_zh.properties}). */
public final class DiagramMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cordon.diagram.ui.messages";

	public static String inputTip;
	public static String noDiagram;
	public static String cannotOpen;
	public static String notADiagram;
	public static String cannotShow;
	public static String zoomIn;
	public static String zoomOut;
	public static String actualSize;
	public static String fit;
	public static String arrangeAll;
	public static String unpin;
	public static String layers;
	public static String filters;
	public static String exportSvg;
	public static String exportPng;
	public static String select;
	public static String createOnDiagram;
	public static String createInto;
	public static String applyTo;
	public static String deleteElements;
	public static String typeToFilter;
	public static String newElement;
	public static String name;
	public static String typeAName;
	public static String exportTitle;
	public static String notWritten;
	public static String oneProblem;
	public static String problems;

	public static String asOfName;
	public static String asOfMenu;
	public static String noPast;
	public static String pastBanner;
	public static String loading;
	public static String reading;
	public static String layingOut;

	static {
		NLS.initializeMessages(BUNDLE_NAME, DiagramMessages.class);
	}

	private DiagramMessages() {
	}
}
