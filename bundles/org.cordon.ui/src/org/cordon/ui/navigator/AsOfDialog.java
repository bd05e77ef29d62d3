package org.cordon.ui.navigator;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks for a past moment, to the minute: a date and a time of day. */
public class AsOfDialog extends Dialog {

	/** How a moment of the past is written in titles: to the minute, the way the office dates its reports. */
	public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private LocalDateTime moment;
	private DateTime date;
	private DateTime time;
	private Label problem;

	/**
	 * @param initial the moment the dialog starts from (the one shown now, or the present)
	 */
	public AsOfDialog(Shell parent, LocalDateTime initial) {
		super(parent);
		this.moment = initial.withSecond(0).withNano(0);
	}

	/** The moment chosen, once the dialog was closed with OK. */
	public LocalDateTime moment() {
		return moment;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NavigatorMessages.asOfDialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label message = new Label(area, SWT.WRAP);
		message.setText(NavigatorMessages.asOfDialogMessage);
		GridData messageLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		messageLayout.widthHint = convertWidthInCharsToPixels(60);
		message.setLayoutData(messageLayout);
		new Label(area, SWT.NONE).setText(NavigatorMessages.asOfDate);
		date = new DateTime(area, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		date.setDate(moment.getYear(), moment.getMonthValue() - 1, moment.getDayOfMonth());
		new Label(area, SWT.NONE).setText(NavigatorMessages.asOfTime);
		time = new DateTime(area, SWT.TIME | SWT.SHORT | SWT.BORDER);
		time.setTime(moment.getHour(), moment.getMinute(), 0);
		problem = new Label(area, SWT.WRAP);
		problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		problem.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));
		date.addListener(SWT.Selection, e -> check());
		time.addListener(SWT.Selection, e -> check());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	/** The moment the widgets show. */
	LocalDateTime chosen() {
		return LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes());
	}

	/** Sets the widgets, as a user would; for tests. */
	void choose(LocalDateTime newMoment) {
		date.setDate(newMoment.getYear(), newMoment.getMonthValue() - 1, newMoment.getDayOfMonth());
		time.setTime(newMoment.getHour(), newMoment.getMinute(), 0);
		check();
	}

	/** Whether OK is enabled for the moment the widgets show. */
	boolean canConfirm() {
		return getButton(IDialogConstants.OK_ID).isEnabled();
	}

	private void check() {
		boolean future = chosen().isAfter(LocalDateTime.now());
		problem.setText(future ? NavigatorMessages.asOfInFuture : "");
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!future);
		}
	}

	@Override
	protected void okPressed() {
		moment = chosen();
		super.okPressed();
	}
}
