package org.cordon.ui.transfer;

import java.nio.file.Path;
import java.util.List;

import org.cordon.io.csv.CsvProblem;
import org.cordon.io.file.RecordFiles;
import org.cordon.ui.editors.RecordProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ide.IDE;

/**
 * An imported file's problems in the Problems view. Markers live on workspace resources, so each
 * imported file gets a link in the project {@code cordon-records}, {@code imported/KIND/NAME},
 * pointing at the file where it is; a marker carries the line (the sheet row of a workbook) and
 * the column, and opens the {@link ImportedFileEditor} at that row.
 */
public final class ImportProblemMarkers {

	public static final String TYPE = "org.cordon.ui.importProblem";
	public static final String COLUMN = "column";
	public static final String KIND = "kind";
	static final String FOLDER = "imported";

	private ImportProblemMarkers() {
	}

	/** The link to an imported file, made (or pointed at it again) on first use. */
	public static IFile link(String kind, Path file) throws CoreException {
		IFolder imported = RecordProblemMarkers.project().getFolder(FOLDER);
		if (!imported.exists()) {
			imported.create(IResource.FORCE, true, null);
		}
		IFolder ofKind = imported.getFolder(kind);
		if (!ofKind.exists()) {
			ofKind.create(IResource.FORCE, true, null);
		}
		IFile linked = ofKind.getFile(ImportPlan.name(file));
		IPath location = IPath.fromPath(file.toAbsolutePath());
		if (!linked.exists() || !location.equals(linked.getLocation())) {
			linked.createLink(location, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, null);
		}
		return linked;
	}

	/** The kind whose file a link stands for, or {@code null} for any other file. */
	public static String kindOf(IFile file) {
		IResource parent = file.getParent();
		if (parent == null || parent.getParent() == null || !FOLDER.equals(parent.getParent().getName())
				|| !RecordProblemMarkers.PROJECT.equals(parent.getProject().getName())) {
			return null;
		}
		return parent.getName();
	}

	/** Replaces the import markers of each file of a plan by the problems that name it. */
	public static void replace(ImportPlan plan, List<CsvProblem> problems) {
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				for (Path file : plan.files()) {
					IFile linked = link(plan.kind(), file);
					linked.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
					for (CsvProblem problem : problems) {
						if (problem.file().equals(ImportPlan.name(file)) && file.equals(plan.fileNamed(problem.file()))) {
							create(linked, plan.kind(), RecordFiles.isWorkbook(file), problem);
						}
					}
				}
			}, RecordProblemMarkers.project(), IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException | IllegalStateException e) {
			// Without a workspace the wizard still lists the problems; only the Problems view misses them.
			ILog.of(ImportProblemMarkers.class).warn("Could not show the problems of the imported files in the Problems view", e);
		}
	}

	private static void create(IFile linked, String kind, boolean workbook, CsvProblem problem) throws CoreException {
		IMarker marker = linked.createMarker(TYPE);
		marker.setAttribute(IMarker.MESSAGE, problem.column() + ": " + problem.reason());
		marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		if (problem.line() > 0) {
			marker.setAttribute(IMarker.LINE_NUMBER, (int) Math.min(Integer.MAX_VALUE, problem.line()));
			marker.setAttribute(IMarker.LOCATION,
					NLS.bind(workbook ? TransferMessages.Marker_sheetRow : TransferMessages.Marker_line, problem.line(), problem.column()));
		} else {
			marker.setAttribute(IMarker.LOCATION, problem.column());
		}
		marker.setAttribute(COLUMN, problem.column());
		marker.setAttribute(KIND, kind);
		marker.setAttribute(IDE.EDITOR_ID_ATTR, ImportedFileEditor.ID);
	}

	/** The import markers the Problems view shows for a file. */
	public static List<IMarker> markers(String kind, Path file) {
		try {
			return List.of(link(kind, file).findMarkers(TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			return List.of();
		}
	}
}
