package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cordon.model.AuditEntry;
import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Township;
import org.cordon.ui.editors.RecordKindEditorInput;
import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.history.HistoryMessages;
import org.cordon.ui.history.HistoryView;
import org.cordon.ui.labels.RecordLabels;
import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The History view follows the selection and shows a saved change with who made it and both values. */
class HistoryViewTest {

	@Test
	void aSavedChangeOfTheSelectedRecordIsShownNewestFirst() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		OrganisationNavigator navigator = (OrganisationNavigator) page.showView(OrganisationNavigator.ID);
		navigator.getViewer().setSelection(StructuredSelection.EMPTY);
		if (page.findView(HistoryView.ID) != null) {
			page.hideView(page.findView(HistoryView.ID));
		}
		HistoryView history = (HistoryView) page.showView(HistoryView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		UiTesting.processEvents();
		assertEquals(HistoryMessages.History_nothingSelected, history.emptyStateText());

		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		Township township = (Township) editor.records().stream().filter(r -> r.getCode().equals("T-05")).findFirst().orElseThrow();
		String code = township.getCode();
		String before = township.getName();
		page.activate(editor);
		editor.viewer().setSelection(new StructuredSelection(township), true);
		UiTesting.waitForJobs(HistoryView.LOAD_FAMILY);
		UiTesting.processEvents();
		UiTesting.waitForJobs(HistoryView.LOAD_FAMILY);
		assertNull(history.emptyStateText(), "the sample's records were created, so each has a history");
		assertEquals(AuditEntry.Action.CREATED, history.entries().get(history.entries().size() - 1).getAction(), "oldest last");

		String after = before + "（历史）";
		assertNull(editor.edit(township, "name", after));
		editor.doSave(null);
		UiTesting.loaded(editor);
		UiTesting.waitForJobs(HistoryView.LOAD_FAMILY);
		UiTesting.processEvents();

		AuditEntry newest = history.entries().get(0);
		assertEquals(AuditEntry.Action.CHANGED, newest.getAction());
		assertEquals(code, newest.getRecordCode());
		assertEquals("name", newest.getFieldName());
		assertEquals(System.getProperty("user.name"), history.cellText(0, 1), "who: the desk's user");
		assertEquals(RecordLabels.current().choiceLabel(AuditEntry.Action.CHANGED), history.cellText(0, 2));
		assertEquals(RecordLabels.current().columnLabel("townships", "name"), history.cellText(0, 3));
		assertEquals(before, history.cellText(0, 4));
		assertEquals(after, history.cellText(0, 5));

		CordonEntity reloaded = editor.records().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
		assertNull(editor.edit(reloaded, "name", before));
		editor.doSave(null);
		UiTesting.loaded(editor);
		UiTesting.waitForJobs(HistoryView.LOAD_FAMILY);
		UiTesting.processEvents();
		assertEquals(after, history.cellText(0, 4), "the change back is the newest line");
		assertEquals(before, history.cellText(0, 5));
		assertTrue(history.entries().size() >= 3);
		page.closeEditor(editor, false);
	}
}
