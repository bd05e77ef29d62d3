package org.cordon.ui.editors;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.ide.IDE;

/**
 * Puts an editor's record problems into the Problems view. Eclipse markers live on workspace
 * resources, so every record kind has a small stand-in file in the project {@value #PROJECT}
 * (the records themselves are in the database); a marker names its record and column, and
 * the workbench opens the record table on that file when the marker is double-clicked.
 */
public final class RecordProblemMarkers {

	public static final String TYPE = "org.cordon.ui.recordProblem";
	public static final String RECORD_CODE = "recordCode";
	public static final String COLUMN = "column";
	public static final String KIND = "kind";
	public static final String PROJECT = "cordon-records";
	static final String EXTENSION = "records";

	/** One problem of one record, as the Problems view shows it. */
	public record Problem(String recordCode, String column, String message) {
	}

	private RecordProblemMarkers() {
	}

	/** The workspace project that holds the stand-in files (and the links to imported files), created on first use. */
	public static IProject project() throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		return project;
	}

	/** The stand-in file of a record kind, created on first use. */
	public static IFile fileFor(String kind) throws CoreException {
		IProject project = project();
		IFile file = project.getFile(kind + "." + EXTENSION);
		if (!file.exists()) {
			String note = "The problems of the Cordon records of kind " + kind + " are shown on this file;"
					+ " the records themselves are in the Cordon database.\n";
			file.create(new ByteArrayInputStream(note.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		}
		return file;
	}

	/** The record kind a stand-in file stands for, or {@code null} for any other file. */
	public static String kindOf(IFile file) {
		if (file == null || !PROJECT.equals(file.getProject().getName()) || !EXTENSION.equals(file.getFileExtension())) {
			return null;
		}
		String name = file.getName();
		return name.substring(0, name.length() - EXTENSION.length() - 1);
	}

	/** Replaces the markers of a kind by the given problems, in one workspace operation. */
	public static void replace(String kind, String kindTitle, List<Problem> problems) {
		try {
			IFile file = fileFor(kind);
			ResourcesPlugin.getWorkspace().run(monitor -> {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Problem problem : problems) {
					IMarker marker = file.createMarker(TYPE);
					marker.setAttribute(IMarker.MESSAGE, problem.message());
					marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
					marker.setAttribute(IMarker.LOCATION, kindTitle + " › " + problem.recordCode());
					marker.setAttribute(RECORD_CODE, problem.recordCode());
					marker.setAttribute(COLUMN, problem.column());
					marker.setAttribute(KIND, kind);
					marker.setAttribute(IDE.EDITOR_ID_ATTR, RecordTableEditor.ID);
				}
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException | IllegalStateException e) {
			// Without a workspace (no -data) the editor still shows its problems; only the view misses them.
			ILog.of(RecordProblemMarkers.class).warn("Could not show the problems of " + kind + " in the Problems view", e);
		}
	}

	/** The markers the Problems view shows for a kind. */
	public static List<IMarker> markers(String kind) {
		try {
			return List.of(fileFor(kind).findMarkers(TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			return List.of();
		}
	}
}
