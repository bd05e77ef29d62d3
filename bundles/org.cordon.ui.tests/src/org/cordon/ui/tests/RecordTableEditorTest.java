package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cordon.model.organisation.Township;
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
		UiTesting.processEvents();
		assertEquals(23, editor.viewer().getTable().getItemCount());
		assertEquals(List.of("code", "name", "kind", "order"),
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
		assertFalse(editor.isDirty());
		assertEquals("白文镇（测试）", OsgiServices.await(RecordService.class).all(Township.class).stream()
				.filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getName());

		Township reloaded = shown(editor, code);
		assertEquals("kind: \"city\" is not one of town, township", editor.edit(reloaded, "kind", "city"));
		assertEquals("order: \"-3\" is negative; a count must be 0 or more", editor.edit(reloaded, "order", "-3"));
		assertFalse(editor.isDirty(), "refused values change nothing");

		assertNull(editor.edit(reloaded, "name", "白文镇"));
		editor.doSave(null);
		page.closeEditor(editor, false);
		assertEquals(code, stored("白文镇").getCode());
	}

	@Test
	void theTableFiltersAndSorts() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput("townships", "Townships"), RecordTableEditor.ID);
		UiTesting.processEvents();
		org.eclipse.swt.widgets.Text filter = findFilter(editor.viewer().getControl().getParent());
		filter.setText("乡");
		UiTesting.processEvents();
		List<String> kinds = java.util.Arrays.stream(editor.viewer().getTable().getItems()).map(i -> i.getText(2)).distinct().toList();
		assertEquals(List.of("township"), kinds, "only the 乡 remain");
		filter.setText("");
		editor.viewer().getTable().getColumn(3).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		editor.viewer().getTable().getColumn(3).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		UiTesting.processEvents();
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
