package org.cordon.ui.workinggroups;

import org.cordon.ui.editors.NamedEditorInput;

/**
 * The input of a working group's own editor, one that is not the shared record table (a day
 * board, for instance): the editor reads what it shows itself, so the input only names it.
 */
public final class GroupEditorInput extends NamedEditorInput {

	public GroupEditorInput(String editorId, String title) {
		super(editorId, title == null || title.isBlank() ? editorId : title);
	}

	public String editorId() {
		return key();
	}
}
