package org.cordon.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The viewer skips GTK's walks over every row only while the table surely has no selection. */
class LargeTableViewerTest {

	private static final List<String> ROWS = List.of("a", "b", "c", "d", "e", "f");

	private Shell shell;
	private LargeTableViewer viewer;

	@BeforeEach
	void table() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		viewer = new LargeTableViewer(shell, SWT.MULTI | SWT.FULL_SELECTION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(ROWS);
		shell.setSize(300, 300);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private List<?> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	@Test
	void aSelectionSetThroughTheViewerIsKeptAcrossARefreshAndAnEmptyOneStaysEmpty() {
		assertTrue(selected().isEmpty());
		viewer.setSelection(new StructuredSelection(List.of("b", "e")));
		viewer.refresh();
		assertEquals(List.of("b", "e"), selected());
		assertEquals(2, viewer.getTable().getSelectionCount());

		viewer.setSelection(StructuredSelection.EMPTY);
		viewer.refresh();
		assertTrue(selected().isEmpty());
		assertEquals(0, viewer.getTable().getSelectionCount());
	}

	@Test
	void rowsTheUserSelectsAreSeenAfterTheViewerEmptiedTheSelection() {
		viewer.setSelection(StructuredSelection.EMPTY);
		// as GTK does on a click: the row is selected natively, then the table tells of it
		viewer.getTable().setSelection(3);
		viewer.getTable().notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("d"), selected());
		viewer.refresh();
		assertEquals(List.of("d"), selected(), "kept across a refresh");
	}

	@Test
	void aClickOrAKeyMakesTheViewerAskTheTableAgain() {
		viewer.getTable().setSelection(1); // no event: only the press that comes with it
		viewer.getTable().notifyListeners(SWT.MouseDown, new Event());
		assertEquals(List.of("b"), selected());
		viewer.setSelection(StructuredSelection.EMPTY);
		viewer.getTable().setSelection(2);
		viewer.getTable().notifyListeners(SWT.KeyDown, new Event());
		assertEquals(List.of("c"), selected());
	}
}
