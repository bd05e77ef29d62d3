package org.cordon.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The date and time dialog of Show As Of: it starts from the given moment and refuses the future. */
class AsOfDialogTest {

	@Test
	void theDialogStartsFromTheGivenMomentAndRefusesAMomentToCome() {
		LocalDateTime start = LocalDateTime.of(2020, 2, 1, 8, 30, 45);
		AsOfDialog dialog = new AsOfDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), start);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			drain();
			assertEquals(LocalDateTime.of(2020, 2, 1, 8, 30), dialog.chosen());
			assertTrue(dialog.canConfirm());
			dialog.choose(LocalDateTime.now().plusDays(2));
			assertFalse(dialog.canConfirm(), "a moment to come cannot be shown");
			dialog.choose(LocalDateTime.of(2020, 1, 27, 18, 5));
			assertTrue(dialog.canConfirm());
			dialog.okPressed();
			assertEquals(LocalDateTime.of(2020, 1, 27, 18, 5), dialog.moment());
		} finally {
			dialog.close();
		}
	}

	private static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
