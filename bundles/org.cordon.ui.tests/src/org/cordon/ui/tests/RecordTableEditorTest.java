package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.TownshipKind;
import org.cordon.ui.editors.EditorMessages;
import org.cordon.ui.editors.RecordProblemMarkers;
import org.cordon.ui.editors.SaveConflict;
import org.cordon.ui.editors.SaveConflictDialog;
import org.cordon.ui.labels.RecordLabels;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.cordon.services.records.RecordService;
import org.cordon.tests.common.OsgiServices;
import org.cordon.ui.editors.RecordKindEditorInput;
import org.cordon.ui.editors.RecordTableEditor;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The shared record table on the sample's townships: edit, undo, redo, save, reopen, refuse. */
class RecordTableEditorTest {

	private static Township stored(String name) {
		return OsgiServices.await(RecordService.class).all(Township.class).stream().filter(t -> t.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no township " + name + " in the database"));
	}

	private static Township shown(RecordTableEditor editor, String code) {
		return (Township) editor.records().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void aChangedCellIsUndoneRedoneSavedAndReadBack() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		assertEquals(23, editor.viewer().getTable().getItemCount());
		assertEquals(List.of("code", "name", "kind", "order").stream().map(c -> RecordLabels.current().columnLabel("townships", c)).toList(),
				java.util.Arrays.stream(editor.viewer().getTable().getColumns()).map(c -> c.getText()).toList());

		String code = stored("白文镇").getCode();
		Township baiwen = shown(editor, code);
		assertNull(editor.edit(baiwen, "name", "白文镇（测试）"));
		assertTrue(editor.isDirty());
		assertEquals("白文镇（测试）", baiwen.getName());

		RecordTableEditor.history().undo(editor.undoContext(), null, null);
		assertEquals("白文镇", baiwen.getName());
		RecordTableEditor.history().redo(editor.undoContext(), null, null);
		assertEquals("白文镇（测试）", baiwen.getName());

		editor.doSave(null);
		UiTesting.loaded(editor);
		assertFalse(editor.isDirty());
		assertEquals("白文镇（测试）", OsgiServices.await(RecordService.class).all(Township.class).stream()
				.filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getName());

		Township reloaded = shown(editor, code);
		assertEquals("\"city\" is not one of town, township", editor.edit(reloaded, "kind", "city"));
		assertEquals("\"-3\" is negative; a count must be 0 or more", editor.edit(reloaded, "order", "-3"));
		assertEquals(TownshipKind.TOWN, reloaded.getKind(), "a refused value never reaches the record");
		assertEquals(2, editor.problemCount());
		List<IMarker> markers = RecordProblemMarkers.markers("townships");
		assertEquals(2, markers.size(), "each refused value is a marker in the Problems view");
		assertTrue(markers.stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("\"city\" is not one of town, township")));
		assertTrue(markers.stream().allMatch(m -> code.equals(m.getAttribute(RecordProblemMarkers.RECORD_CODE, ""))));

		editor.doSave(null);
		UiTesting.loaded(editor);
		assertTrue(editor.isDirty(), "a save with problems left saves nothing");
		assertTrue(editor.message().contains("2"), editor.message());

		RecordTableEditor.history().undo(editor.undoContext(), null, null);
		assertEquals(1, editor.problemCount(), "undo takes the refused order back");
		assertNull(editor.edit(reloaded, "kind", "town"), "a corrected value clears its problem");
		assertEquals(0, editor.problemCount());
		assertEquals(List.of(), RecordProblemMarkers.markers("townships"));

		assertNull(editor.edit(reloaded, "name", "白文镇"));
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertFalse(editor.isDirty());
		page.closeEditor(editor, false);
		assertEquals(code, stored("白文镇").getCode());
	}

	@Test
	void aProblemMarkerLeadsBackToItsRecord() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		Township linqi = shown(editor, stored("临泉镇").getCode());
		editor.edit(linqi, "order", "many");
		editor.viewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
		IMarker marker = RecordProblemMarkers.markers("townships").get(0);
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		// What the Problems view does on a double-click.
		IEditorPart opened = IDE.openEditor(page, marker, true);
		UiTesting.processEvents();
		assertSame(editor, opened, "the open table of the kind, not a second one");
		assertEquals(List.of(linqi), editor.viewer().getStructuredSelection().toList());
		page.closeEditor(editor, false);
		assertEquals(List.of(), RecordProblemMarkers.markers("townships"), "closing without saving drops the problems");
	}

	@Test
	void theDetailsFormEditsTheSelectedRecordThroughDataBinding() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		Township baiwen = shown(editor, stored("白文镇").getCode());
		editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(baiwen), true);
		UiTesting.processEvents();
		Text name = (Text) editor.detailsField("name");
		assertEquals("白文镇", name.getText(), "the form shows the selected record");
		name.setText("白文镇（表单）");
		name.notifyListeners(SWT.FocusOut, new Event());
		assertEquals("白文镇（表单）", baiwen.getName());
		assertTrue(editor.isDirty());
		RecordTableEditor.history().undo(editor.undoContext(), null, null);
		UiTesting.processEvents();
		assertEquals("白文镇", baiwen.getName());
		assertEquals("白文镇", name.getText(), "undo shows in the form too");

		Control order = editor.detailsField("order");
		((Text) order).setText("-1");
		order.notifyListeners(SWT.FocusOut, new Event());
		assertEquals(1, editor.problemCount());
		assertTrue(editor.detailsDecorationShown("order"), "the refused field carries an error decoration");
		page.closeEditor(editor, false);
	}

	@Test
	void choicesAreOfferedInTheWorkbenchLanguageAndStoredAsTheirWords() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		Township baiwen = shown(editor, stored("白文镇").getCode());
		TownshipKind before = baiwen.getKind();
		TownshipKind other = before == TownshipKind.TOWN ? TownshipKind.TOWNSHIP : TownshipKind.TOWN;
		editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(baiwen), true);
		UiTesting.processEvents();
		org.eclipse.swt.widgets.Combo kind = (org.eclipse.swt.widgets.Combo) editor.detailsField("kind");
		RecordLabels labels = RecordLabels.current();
		assertEquals(List.of(labels.choiceLabel(TownshipKind.TOWN), labels.choiceLabel(TownshipKind.TOWNSHIP)), List.of(kind.getItems()));
		assertEquals(labels.choiceLabel(before), kind.getText(), "the form shows the stored choice by its label");
		kind.select(List.of(kind.getItems()).indexOf(labels.choiceLabel(other)));
		kind.notifyListeners(SWT.Selection, new Event());
		assertEquals(other, baiwen.getKind(), "picking a label stores its choice");
		RecordTableEditor.history().undo(editor.undoContext(), null, null);
		UiTesting.processEvents();
		assertEquals(before, baiwen.getKind());
		assertEquals(labels.choiceLabel(before), kind.getText());
		page.closeEditor(editor, false);
	}

	@Test
	void recordsAreAddedAndDeletedWithUndoAndSaved() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		CordonEntity added = editor.addRecord();
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertEquals(3, editor.problemCount(), "an empty record lacks its code, name and kind (its order starts at 0)");
		assertNull(editor.edit(added, "code", "T-TEST"));
		assertNull(editor.edit(added, "name", "测试乡"));
		assertNull(editor.edit(added, "kind", "township"));
		assertNull(editor.edit(added, "order", "99"));
		assertEquals(0, editor.problemCount());
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertFalse(editor.isDirty(), editor.message());
		assertEquals("测试乡", stored("测试乡").getName());

		Township test = shown(editor, "T-TEST");
		editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(test));
		editor.deleteSelected();
		assertFalse(editor.records().contains(test));
		RecordTableEditor.history().undo(editor.undoContext(), null, null);
		assertTrue(editor.records().contains(test), "undo brings a deleted record back");
		RecordTableEditor.history().redo(editor.undoContext(), null, null);
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertFalse(editor.isDirty(), editor.message());
		assertTrue(OsgiServices.await(RecordService.class).all(Township.class).stream().noneMatch(t -> t.getCode().equals("T-TEST")));

		Township used = shown(editor, stored("临泉镇").getCode());
		editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(used));
		editor.deleteSelected();
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertTrue(editor.isDirty(), "a township its communities refer to is not deleted");
		assertTrue(editor.message().contains("临泉镇"), editor.message());
		page.closeEditor(editor, false);
		assertEquals("临泉镇", stored("临泉镇").getName());
	}

	@Test
	void aSaveConflictKeepsMineOrReloadsTheirs() throws Exception {
		RecordService records = OsgiServices.await(RecordService.class);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		String code = stored("城庄镇").getCode();
		List<List<SaveConflict>> asked = new java.util.ArrayList<>();

		assertNull(editor.edit(shown(editor, code), "name", "城庄镇（本席）"));
		otherDeskRenames(records, code, "城庄镇（他席）");
		editor.setConflictResolver(conflicts -> {
			asked.add(conflicts);
			return SaveConflict.Resolution.KEEP_MINE;
		});
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertEquals(1, asked.size());
		SaveConflict conflict = asked.get(0).get(0);
		assertEquals(List.of(new SaveConflict.Difference(RecordLabels.current().columnLabel("townships", "name"), "城庄镇（本席）", "城庄镇（他席）")), conflict.differences());
		assertFalse(editor.isDirty(), editor.message());
		assertEquals("城庄镇（本席）", byCode(records, code).getName(), "keep mine: ours is stored");

		assertNull(editor.edit(shown(editor, code), "order", "77"));
		otherDeskRenames(records, code, "城庄镇（他席二）");
		editor.setConflictResolver(conflicts -> SaveConflict.Resolution.RELOAD);
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertEquals("城庄镇（他席二）", shown(editor, code).getName(), "reload: theirs is shown");
		assertFalse(editor.isDirty());
		assertEquals("城庄镇（他席二）", byCode(records, code).getName());

		otherDeskRenames(records, code, "城庄镇");
		page.closeEditor(editor, false);
	}

	@Test
	void theConflictDialogShowsBothSidesAndAnswers() {
		Township mine = stored("城庄镇");
		Township theirs = stored("城庄镇");
		mine.setName("城庄镇（本席）");
		SaveConflict conflict = new SaveConflict(mine, theirs, List.of(new SaveConflict.Difference("name", "城庄镇（本席）", "城庄镇")));
		SaveConflictDialog dialog = new SaveConflictDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), List.of(conflict));
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTesting.processEvents();
		org.eclipse.swt.widgets.Table table = dialog.comparison().getTable();
		assertEquals(1, table.getItemCount());
		assertEquals("城庄镇（本席）", table.getItem(0).getText(2));
		assertEquals("城庄镇", table.getItem(0).getText(3));
		Button keep = findButton(dialog.getShell(), EditorMessages.conflictKeepMine.replace("&", ""));
		keep.notifyListeners(SWT.Selection, new Event());
		UiTesting.processEvents();
		assertEquals(SaveConflict.Resolution.KEEP_MINE, dialog.resolution());
	}

	private static Button findButton(org.eclipse.swt.widgets.Composite composite, String text) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Button button && button.getText().replace("&", "").equals(text)) {
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				try {
					return findButton(inner, text);
				} catch (AssertionError e) {
					// keep looking
				}
			}
		}
		throw new AssertionError("no button " + text);
	}

	private static Township byCode(RecordService records, String code) {
		return records.all(Township.class).stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static void otherDeskRenames(RecordService records, String code, String name) {
		Township township = byCode(records, code);
		township.setName(name);
		records.saveAll(List.of(township));
	}

	@Test
	void theTableFiltersAndSorts() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		org.eclipse.swt.widgets.Text filter = findFilter(editor.viewer().getControl().getParent().getParent());
		filter.setText("乡");
		UiTesting.loaded(editor);
		List<String> kinds = java.util.Arrays.stream(editor.viewer().getTable().getItems()).map(i -> i.getText(2)).distinct().toList();
		assertEquals(List.of(RecordLabels.current().choiceLabel(TownshipKind.TOWNSHIP)), kinds, "only the 乡 remain");
		filter.setText("");
		editor.viewer().getTable().getColumn(3).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		editor.viewer().getTable().getColumn(3).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(editor.isLoading(), "a sort is read in a job, by the database");
		assertEquals(EditorMessages.rowsLoading, editor.edit(editor.records().get(0), "name", "x"), "no edits while the rows are read");
		UiTesting.loaded(editor);
		TableItem[] items = editor.viewer().getTable().getItems();
		assertTrue(Integer.parseInt(items[0].getText(3)) >= Integer.parseInt(items[items.length - 1].getText(3)), "sorted by order, descending");
		page.closeEditor(editor, false);
	}

	private static org.eclipse.swt.widgets.Text findFilter(org.eclipse.swt.widgets.Composite composite) {
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text) {
				return text;
			}
		}
		throw new AssertionError("no filter field");
	}

}
