package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cordon.io.transfer.ColumnSpec;
import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.model.CordonEntity;
import org.cordon.services.records.RecordService;
import org.cordon.tests.common.OsgiServices;
import org.cordon.ui.editors.RecordKindEditorInput;
import org.cordon.ui.editors.RecordProblemMarkers;
import org.cordon.ui.editors.RecordTableEditor;
import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each working group's plug-in, through one of the record tables it declares: change a record,
 * undo and redo, save, read it back from the database in a new editor; a refused value becomes a
 * marker and keeps the invalid data out of the database.
 */
class GroupEditorsTest {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({
			"org.cordon.group.office,       meetings,         title,    date,                 2020-02-30",
			"org.cordon.group.checkpoints,  checkpoints,      name,     level,                9",
			"org.cordon.group.screening,    key-persons,      name,     arrived,              yesterday",
			"org.cordon.group.community,    building-leaders, name,     party_member,         maybe",
			"org.cordon.group.medical,      fever-clinics,    name,     open_24h,             sometimes",
			"org.cordon.group.materials,    donors,           name,     kind,                 alien",
			"org.cordon.group.funds,        fund-allocations, purpose,  amount_yuan,          abc",
			"org.cordon.group.publicity,    publicity-items,  name,     kind,                 poster-wall",
			"org.cordon.group.schools,      schools,          name,     online_hours_per_day, 30",
			"org.cordon.group.supervision,  inspections,      target,   date,                 tomorrow" })
	void aGroupEditsSavesUndoesAndRefusesInvalidData(String groupId, String kind, String textColumn, String checkedColumn,
			String invalidText) throws Exception {
		WorkingGroupContribution group = WorkingGroupRegistry.read(Platform.getExtensionRegistry()).stream()
				.filter(g -> g.id().equals(groupId)).findFirst().orElseThrow(() -> new AssertionError(groupId + " is not installed"));
		WorkingGroupContribution.EditorContribution declared = group.editors().stream().filter(e -> kind.equals(e.kind())).findFirst()
				.orElseThrow(() -> new AssertionError(groupId + " declares no table of " + kind));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().showPerspective(group.perspectiveId(), page.getWorkbenchWindow());

		RecordTableEditor editor = open(page, declared);
		CordonEntity record = editor.records().get(0);
		String code = record.getCode();
		String original = text(record, textColumn);
		String changed = original + "（改）";

		assertNull(editor.edit(record, textColumn, changed));
		RecordTableEditor.history().undo(editor.undoContext(), null, null);
		assertEquals(original, text(record, textColumn), "undo restores the old value");
		RecordTableEditor.history().redo(editor.undoContext(), null, null);
		assertEquals(changed, text(record, textColumn));

		String checkedBefore = text(record, checkedColumn);
		String refusal = editor.edit(record, checkedColumn, invalidText);
		assertNotNull(refusal, invalidText + " is refused in " + checkedColumn);
		assertEquals(checkedBefore, text(record, checkedColumn), "the record keeps its valid value");
		List<IMarker> markers = RecordProblemMarkers.markers(kind);
		assertEquals(1, markers.size());
		assertEquals(code, markers.get(0).getAttribute(RecordProblemMarkers.RECORD_CODE, ""));
		assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").contains(refusal), markers.get(0).getAttribute(IMarker.MESSAGE, ""));
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertTrue(editor.isDirty(), "nothing is saved while a value is refused");
		assertEquals(original, text(stored(kind, code), textColumn), "not even the valid change");

		RecordTableEditor.history().undo(editor.undoContext(), null, null);
		assertEquals(List.of(), RecordProblemMarkers.markers(kind), "undo takes the refused value and its marker away");
		editor.doSave(null);
		UiTesting.loaded(editor);
		assertFalse(editor.isDirty(), editor.message());
		page.closeEditor(editor, false);

		assertEquals(changed, text(stored(kind, code), textColumn), "stored");
		RecordTableEditor reopened = open(page, declared);
		CordonEntity again = reopened.records().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
		assertEquals(changed, text(again, textColumn), "read back from the database");
		assertNotEquals(record, again);
		assertNull(reopened.edit(again, textColumn, original));
		reopened.doSave(null);
		UiTesting.loaded(reopened);
		page.closeEditor(reopened, false);
		assertEquals(original, text(stored(kind, code), textColumn));
	}

	@AfterEach
	void backToTheOrganisation() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		PlatformUI.getWorkbench().showPerspective("org.cordon.ui.perspectives.organisation", page.getWorkbenchWindow());
	}

	private static RecordTableEditor open(IWorkbenchPage page, WorkingGroupContribution.EditorContribution declared) throws Exception {
		RecordTableEditor editor = (RecordTableEditor) page.openEditor(new RecordKindEditorInput(declared.kind(), declared.name()), declared.id());
		UiTesting.loaded(editor);
		UiTesting.processEvents();
		assertFalse(editor.records().isEmpty(), declared.kind() + " has sample records");
		return editor;
	}

	private static String text(CordonEntity record, String column) {
		@SuppressWarnings("unchecked")
		RecordFormat<CordonEntity> format = (RecordFormat<CordonEntity>) format(record);
		ColumnSpec<CordonEntity> spec = format.columns().get(format.header().indexOf(column));
		return spec.write(record);
	}

	@SuppressWarnings("unchecked")
	private static RecordFormat<CordonEntity> format(CordonEntity record) {
		return (RecordFormat<CordonEntity>) RecordKinds.all().stream().filter(k -> k instanceof RecordFormat<?> f && f.type() == record.getClass())
				.findFirst().orElseThrow();
	}

	private static CordonEntity stored(String kind, String code) {
		Class<? extends CordonEntity> type = ((RecordFormat<?>) RecordKinds.named(kind).orElseThrow()).type();
		return OsgiServices.await(RecordService.class).all(type).stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
	}
}
