package org.cordon.ui.workinggroups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Reads the working groups that installed plug-ins declare. A declaration that lacks what the
 * schema requires is reported in the error log and left out; it never stops the workbench.
 */
public final class WorkingGroupRegistry {

	public static final String EXTENSION_POINT = "org.cordon.ui.workingGroups";
	private static final String PLUGIN_ID = "org.cordon.ui";

	private WorkingGroupRegistry() {
	}

	/** The declared groups, by their order and then by name; the first declaration of an id wins. */
	public static List<WorkingGroupContribution> read(IExtensionRegistry registry) {
		List<WorkingGroupContribution> groups = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"workingGroup".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			String name = element.getAttribute("name");
			String code = element.getAttribute("code");
			String perspective = element.getAttribute("perspective");
			if (isBlank(id) || isBlank(name) || isBlank(code) || isBlank(perspective)) {
				warn("A working group declared by " + contributor
						+ " lacks its id, name, code or perspective and is left out.");
				continue;
			}
			if (!seen.add(id)) {
				warn("The working group " + id + " is declared twice; the declaration by " + contributor + " is left out.");
				continue;
			}
			groups.add(new WorkingGroupContribution(id, name, code, perspective, contributor,
					element.getAttribute("icon"), order(element, contributor), description(element), editors(element, contributor)));
		}
		groups.sort(Comparator.comparingInt(WorkingGroupContribution::order).thenComparing(WorkingGroupContribution::name));
		return groups;
	}

	private static int order(IConfigurationElement element, String contributor) {
		String order = element.getAttribute("order");
		if (isBlank(order)) {
			return Integer.MAX_VALUE;
		}
		try {
			return Integer.parseInt(order.strip());
		} catch (NumberFormatException e) {
			warn("The working group " + element.getAttribute("id") + " of " + contributor + " has order '" + order
					+ "', which is not a whole number; it is listed last.");
			return Integer.MAX_VALUE;
		}
	}

	private static String description(IConfigurationElement element) {
		IConfigurationElement[] descriptions = element.getChildren("description");
		return descriptions.length == 0 ? "" : descriptions[0].getValue() == null ? "" : descriptions[0].getValue().strip();
	}

	private static List<WorkingGroupContribution.EditorContribution> editors(IConfigurationElement group, String contributor) {
		List<WorkingGroupContribution.EditorContribution> editors = new ArrayList<>();
		for (IConfigurationElement editor : group.getChildren("editor")) {
			String id = editor.getAttribute("id");
			String name = editor.getAttribute("name");
			String recordType = editor.getAttribute("recordType");
			if (isBlank(id) || isBlank(name) || isBlank(recordType)) {
				warn("An editor of the working group " + group.getAttribute("id") + " (" + contributor
						+ ") lacks its id, name or record type and is left out.");
				continue;
			}
			editors.add(new WorkingGroupContribution.EditorContribution(id, name, recordType, editor.getAttribute("kind")));
		}
		return editors;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static void warn(String message) {
		ILog.of(WorkingGroupRegistry.class).log(new Status(IStatus.WARNING, PLUGIN_ID, message));
	}
}
