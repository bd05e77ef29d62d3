package org.cordon.ui.editors;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * One record table per kind: a problem marker's stand-in file finds the table already open for
 * its kind rather than opening a second one.
 */
public class RecordEditorMatchingStrategy implements IEditorMatchingStrategy {

	@Override
	public boolean matches(IEditorReference editorRef, IEditorInput input) {
		String wanted = kindOf(input);
		if (wanted == null) {
			return false;
		}
		try {
			return wanted.equals(kindOf(editorRef.getEditorInput()));
		} catch (PartInitException e) {
			return false;
		}
	}

	static String kindOf(IEditorInput input) {
		if (input instanceof RecordKindEditorInput recordInput) {
			return recordInput.kind();
		}
		if (input instanceof IFileEditorInput fileInput) {
			return RecordProblemMarkers.kindOf(fileInput.getFile());
		}
		return null;
	}
}
