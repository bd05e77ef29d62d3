package org.cordon.diagram.organisation.preferences;

import org.cordon.diagram.organisation.Messages;
import org.cordon.diagram.organisation.OrganisationDiagramPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > Organisation diagrams: the load over which a unit of the pairing
 * diagram is amber and a warning. Open diagrams reload, and so validate again, when it changes.
 */
public class PairingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.cordon.diagram.organisation.preferences";

	/** Highest threshold the page accepts: no unit answers for more communities than the county has. */
	static final int MAX_THRESHOLD = 999;

	public PairingPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, OrganisationDiagramPreferences.QUALIFIER));
		setDescription(Messages.preferencesDescription);
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor threshold = new IntegerFieldEditor(OrganisationDiagramPreferences.UNIT_LOAD_THRESHOLD,
				Messages.unitLoadThreshold, getFieldEditorParent(), 3);
		threshold.setValidRange(1, MAX_THRESHOLD);
		threshold.setErrorMessage(Messages.unitLoadThresholdRange);
		addField(threshold);
	}

	@Override
	public boolean performOk() {
		if (!super.performOk()) {
			return false;
		}
		try {
			((ScopedPreferenceStore) getPreferenceStore()).save();
		} catch (java.io.IOException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		// Open diagrams reload when their plug-in's preferences change, and the pairing diagram
		// reads the threshold on every reload: its colours and problems follow.
		return true;
	}
}
