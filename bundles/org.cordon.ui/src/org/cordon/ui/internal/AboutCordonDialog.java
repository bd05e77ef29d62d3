package org.cordon.ui.internal;

import java.util.List;

import org.cordon.services.about.ComponentVersion;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Help > About Cordon: what is installed, and which database this desk works on. */
public class AboutCordonDialog extends TitleAreaDialog {

	private final List<ComponentVersion> versions;
	private final String database;

	public AboutCordonDialog(Shell parent, List<ComponentVersion> versions, String database) {
		super(parent);
		this.versions = versions;
		this.database = database;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Cordon");
		setMessage(Messages.About_message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		Composite tableHolder = new Composite(body, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		GridDataFactory.fillDefaults().grab(true, true).hint(660, 150).applyTo(tableHolder);
		TableViewer table = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		TableViewerColumn name = new TableViewerColumn(table, SWT.NONE);
		name.getColumn().setText(Messages.About_component);
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(v -> ((ComponentVersion) v).name()));
		columns.setColumnData(name.getColumn(), new ColumnWeightData(30));
		TableViewerColumn version = new TableViewerColumn(table, SWT.NONE);
		version.getColumn().setText(Messages.About_version);
		version.setLabelProvider(ColumnLabelProvider.createTextProvider(v -> ((ComponentVersion) v).version()));
		columns.setColumnData(version.getColumn(), new ColumnWeightData(70));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(versions);

		Label databaseLabel = new Label(body, SWT.WRAP);
		databaseLabel.setText(NLS.bind(Messages.About_database, database));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(databaseLabel);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.About_close, true);
	}
}
