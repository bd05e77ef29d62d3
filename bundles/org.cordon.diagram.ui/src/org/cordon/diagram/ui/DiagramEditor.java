package org.cordon.diagram.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

import org.cordon.diagram.description.DiagramFilter;
import org.cordon.diagram.description.DiagramLayer;
import org.cordon.diagram.description.DiagramTool;
import org.cordon.diagram.description.ModelChange;
import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.graph.DiagramEdge;
import org.cordon.diagram.graph.DiagramElement;
import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.cordon.diagram.graph.DiagramProblem;
import org.cordon.diagram.graph.ViewSettings;
import org.cordon.diagram.render.Drawing;
import org.cordon.diagram.render.PngWriter;
import org.cordon.diagram.render.SvgWriter;
import org.cordon.diagram.session.DiagramDescriptions;
import org.cordon.diagram.session.DiagramSession;
import org.cordon.diagram.session.OsgiServiceLookup;
import org.cordon.services.diagram.DiagramPositionService;
import org.cordon.services.diagram.DiagramPositionService.Place;
import org.cordon.ui.navigator.AsOfDialog;
import org.cordon.ui.navigator.OrganisationNavigator;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * A contributed diagram in the workbench: the canvas with its palette and tool bar, selection in
 * the Properties view, the elements in the Outline, validation problems in the Problems view,
 * and every change through Edit > Undo/Redo.
 */
public class DiagramEditor extends EditorPart implements ISelectionProvider {

	public static final String ID = "org.cordon.diagram.ui.editor";
	public static final String PROBLEM_MARKER = "org.cordon.diagram.ui.diagramProblem";
	/** Family of the jobs that read and lay out diagrams, for tests and for the progress view. */
	public static final Object LOAD_FAMILY = new Object();

	private final IUndoContext undoContext = new ObjectUndoContext(this, "diagram");
	private final List<ISelectionChangedListener> selectionListeners = new ArrayList<>();
	private DiagramSession<Object> session;
	private Drawing drawing;
	private DiagramCanvas canvas;
	private DiagramTool<Object> armedTool;
	private ToolItem selectItem;
	private DiagramOutlinePage outline;
	/** A diagram of a past moment: read-only, and it leaves the present diagram's pins and problems alone. */
	private boolean showsPast;
	/** The contributing plug-in's preferences: a description may read them (e.g. a threshold) on every reload. */
	private IEclipsePreferences contributorPreferences;
	private final IPreferenceChangeListener preferenceListener = event -> {
		if (canvas != null && !canvas.control().isDisposed()) {
			canvas.control().getDisplay().asyncExec(() -> {
				if (!canvas.control().isDisposed()) {
					reload();
				}
			});
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DiagramEditorInput diagramInput)) {
			throw new PartInitException(NLS.bind(DiagramMessages.notADiagram, input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		OsgiServiceLookup services = new OsgiServiceLookup();
		try {
			DiagramDescriptions.Contribution contribution = DiagramDescriptions.find(diagramInput.diagramId())
					.orElseThrow(() -> new IllegalStateException("no plug-in contributes the diagram " + diagramInput.diagramId()));
			@SuppressWarnings("unchecked")
			RepresentationDescription<Object> description = (RepresentationDescription<Object>) contribution.create(services);
			if (diagramInput.asOf().isPresent()) {
				if (!description.canShowPast()) {
					throw new IllegalStateException(NLS.bind(DiagramMessages.noPast, contribution.name()));
				}
				description = description.asOf(diagramInput.asOf().get());
				showsPast = true;
			}
			contributorPreferences = InstanceScope.INSTANCE.getNode(contribution.contributor());
			session = new DiagramSession<>(description, services.get(DiagramPositionService.class));
		} catch (RuntimeException e) {
			throw new PartInitException(NLS.bind(DiagramMessages.cannotOpen, input.getName(), messageOf(e)), e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.WRAP);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		createToolBar(bar);
		if (showsPast) {
			Label banner = new Label(parent, SWT.WRAP);
			banner.setText(NLS.bind(DiagramMessages.pastBanner, AsOfDialog.MOMENT.format(session.description().shownMoment().orElseThrow())));
			banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		}
		ToolBar palette = new ToolBar(parent, SWT.FLAT | SWT.VERTICAL | SWT.RIGHT);
		palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		canvas = new DiagramCanvas(parent, new CanvasActions());
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createPalette(palette);
		createContextMenu();
		getSite().setSelectionProvider(this);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
		contributorPreferences.addPreferenceChangeListener(preferenceListener);
		reload();
	}

	private void createToolBar(ToolBar bar) {
		button(bar, DiagramMessages.zoomIn, () -> canvas.setZoom(canvas.zoom() * 1.25));
		button(bar, DiagramMessages.zoomOut, () -> canvas.setZoom(canvas.zoom() / 1.25));
		button(bar, DiagramMessages.actualSize, () -> canvas.setZoom(1));
		button(bar, DiagramMessages.fit, () -> canvas.fit());
		new ToolItem(bar, SWT.SEPARATOR);
		button(bar, DiagramMessages.arrangeAll, this::arrangeAll);
		if (!showsPast) {
			button(bar, DiagramMessages.unpin, this::unpinSelection);
		}
		new ToolItem(bar, SWT.SEPARATOR);
		ToolItem layers = new ToolItem(bar, SWT.DROP_DOWN);
		layers.setText(DiagramMessages.layers);
		layers.addListener(SWT.Selection, e -> showLayerMenu(bar, layers));
		ToolItem filters = new ToolItem(bar, SWT.DROP_DOWN);
		filters.setText(DiagramMessages.filters);
		filters.addListener(SWT.Selection, e -> showFilterMenu(bar, filters));
		new ToolItem(bar, SWT.SEPARATOR);
		button(bar, DiagramMessages.exportSvg, () -> export("svg"));
		button(bar, DiagramMessages.exportPng, () -> export("png"));
	}

	private static ToolItem button(ToolBar bar, String text, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}

	private void showLayerMenu(ToolBar bar, ToolItem item) {
		Menu menu = new Menu(bar);
		for (DiagramLayer layer : session.description().layers()) {
			MenuItem entry = new MenuItem(menu, SWT.CHECK);
			entry.setText(layer.name());
			entry.setSelection(session.settings().shows(layer.id()));
			entry.addListener(SWT.Selection, e -> changeView(session.settings().withLayer(layer.id(), entry.getSelection())));
		}
		popUp(menu, bar, item);
	}

	private void showFilterMenu(ToolBar bar, ToolItem item) {
		Menu menu = new Menu(bar);
		for (DiagramFilter<Object, ?> filter : session.description().filters()) {
			MenuItem entry = new MenuItem(menu, SWT.CHECK);
			entry.setText(filter.name());
			entry.setSelection(session.settings().applies(filter));
			entry.addListener(SWT.Selection, e -> changeView(session.settings().withFilter(filter.id(), entry.getSelection())));
		}
		popUp(menu, bar, item);
	}

	private static void popUp(Menu menu, ToolBar bar, ToolItem item) {
		var bounds = item.getBounds();
		menu.setLocation(bar.toDisplay(bounds.x, bounds.y + bounds.height));
		menu.setVisible(true);
	}

	private void createPalette(ToolBar palette) {
		selectItem = new ToolItem(palette, SWT.RADIO);
		selectItem.setText(DiagramMessages.select);
		selectItem.setSelection(true);
		selectItem.addListener(SWT.Selection, e -> armedTool = null);
		for (DiagramTool<Object> tool : session.description().tools()) {
			if (tool instanceof DiagramTool.Create<Object> || tool instanceof DiagramTool.Choose<Object>) {
				ToolItem item = new ToolItem(palette, SWT.RADIO);
				item.setText(tool.name());
				item.setToolTipText(tool instanceof DiagramTool.Create<Object> create
						? create.containerMapping() == null ? DiagramMessages.createOnDiagram
								: NLS.bind(DiagramMessages.createInto, create.containerMapping())
						: NLS.bind(DiagramMessages.applyTo, tool.name().toLowerCase(Locale.getDefault())));
				item.setData(tool);
				item.addListener(SWT.Selection, e -> {
					if (item.getSelection()) {
						armedTool = tool;
					}
				});
			}
		}
	}

	private void disarm() {
		armedTool = null;
		ToolBar palette = selectItem.getParent();
		for (ToolItem item : palette.getItems()) {
			item.setSelection(item == selectItem);
		}
	}

	private void createContextMenu() {
		Menu menu = new Menu(canvas.control());
		canvas.control().setMenu(menu);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.dispose();
			}
			DiagramElement element = canvas.selection().size() == 1 ? canvas.selection().iterator().next() : null;
			if (element instanceof DiagramNode node && directEditTool(node) != null) {
				menuItem(menu, directEditTool(node).name() + "\tF2", () -> directEdit(node));
			}
			if (element != null && deleteTool(element) != null) {
				menuItem(menu, deleteTool(element).name() + "\tDelete", this::deleteSelection);
			}
			for (DiagramTool<Object> tool : session.description().tools()) {
				if (tool instanceof DiagramTool.Choose<Object> choose && element != null && choose.mappingId().equals(element.mappingId())) {
					menuItem(menu, choose.name() + "…", () -> choose(choose, element.semantic()));
				}
			}
			new MenuItem(menu, SWT.SEPARATOR);
			if (!showsPast) {
				menuItem(menu, DiagramMessages.unpin, this::unpinSelection);
			}
			menuItem(menu, DiagramMessages.arrangeAll, this::arrangeAll);
		});
	}

	private static void menuItem(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	// ---- model and view

	/**
	 * Reads the model again and shows it, in a job (see {@link #prepareInJob}); keeps the
	 * selection where the elements still exist.
	 */
	public void reload() {
		ViewSettings settings = session.settings();
		prepareInJob(NLS.bind(DiagramMessages.reading, getPartName()), () -> session.prepareReload(settings));
	}

	/** Shows the model as last read with other view settings (a layer, a filter), laid out in a job. */
	private void changeView(ViewSettings settings) {
		Object model = session.model();
		if (model == null) {
			// Not read yet, or its read failed: read it with the new settings.
			prepareInJob(NLS.bind(DiagramMessages.reading, getPartName()), () -> session.prepareReload(settings));
			return;
		}
		Map<String, Place> pins = session.pinned();
		prepareInJob(NLS.bind(DiagramMessages.layingOut, getPartName()), () -> session.prepare(model, pins, settings));
	}

	/** The diagram being read or laid out now; a newer one makes its result stale. */
	private Job preparing;
	/** Whether a diagram was shown yet: the first one is fitted into the window. */
	private boolean shownOnce;

	/**
	 * Reads, builds, lays out and draws off the UI thread: at ten times the county that is about
	 * a second, and the read is the database's. The canvas says "Laying out…" meanwhile (over the
	 * diagram shown before, if any), or the sentence saying why it could not; the part is busy.
	 */
	private void prepareInJob(String name, java.util.function.Supplier<DiagramSession.Prepared<Object>> work) {
		if (preparing != null) {
			preparing.cancel();
		}
		canvas.setMessage(DiagramMessages.loading, false);
		Display display = canvas.control().getDisplay();
		Job[] self = new Job[1];
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(name, IProgressMonitor.UNKNOWN);
				try {
					DiagramSession.Prepared<Object> prepared = work.get();
					if (!monitor.isCanceled()) {
						display.asyncExec(() -> prepared(self[0], prepared));
					}
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					String sentence = NLS.bind(DiagramMessages.cannotShow, messageOf(e));
					display.asyncExec(() -> failed(self[0], sentence));
					// Said on the canvas; logged with its cause for whoever looks into it.
					ILog.of(DiagramEditor.class).warn(sentence, e);
					return Status.OK_STATUS;
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LOAD_FAMILY;
			}
		};
		self[0] = job;
		preparing = job;
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job);
		} else {
			job.schedule();
		}
	}

	private void prepared(Job by, DiagramSession.Prepared<Object> prepared) {
		if (by != preparing || canvas.control().isDisposed()) {
			return;
		}
		preparing = null;
		canvas.setMessage(null, false);
		session.accept(prepared);
		drawing = prepared.drawing();
		show(prepared.graph());
		if (!shownOnce) {
			shownOnce = true;
			canvas.fit();
		}
	}

	private void failed(Job by, String sentence) {
		if (by != preparing || canvas.control().isDisposed()) {
			return;
		}
		preparing = null;
		readFailure = sentence;
		canvas.setMessage(sentence, true);
	}

	/** The sentence the canvas shows because the last read or layout failed, or null. */
	private String readFailure;

	/** Whether the diagram is being read or laid out. */
	public boolean isLoading() {
		return preparing != null;
	}

	/** Why the diagram could not be read or laid out the last time, or null if it could. */
	public String readFailure() {
		return preparing == null ? readFailure : null;
	}

	private void show(DiagramGraph graph) {
		readFailure = null;
		canvas.graphReplaced(graph);
		updateMarkers(graph);
		if (outline != null) {
			outline.setGraph(graph);
		}
		fireSelection();
	}

	/** Redraws after nodes moved (no new model). */
	private void redrawMoved() {
		drawing = session.drawing();
		canvas.control().redraw();
	}

	public void arrangeAll() {
		changeView(session.settings());
	}

	private void unpinSelection() {
		if (showsPast) {
			return;
		}
		List<String> ids = canvas.selectedNodes().stream().filter(DiagramNode::isPinned).map(DiagramNode::id).toList();
		if (!ids.isEmpty()) {
			execute(session.unpin(ids), false);
			arrangeAll();
		}
	}

	/** The diagram shown; see {@link #isLoading()}: before the first read has ended there is none. */
	public DiagramGraph graph() {
		return session.graph();
	}

	/** The diagram shown, or null before the first read has ended. */
	DiagramGraph shownGraph() {
		try {
			return session.graph();
		} catch (IllegalStateException e) {
			return null;
		}
	}

	public DiagramSession<Object> session() {
		return session;
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	/** Selects elements by id; nothing while the first diagram is still being read. */
	public void select(List<String> elementIds) {
		DiagramGraph shown = shownGraph();
		if (shown == null) {
			return;
		}
		List<DiagramElement> elements = new ArrayList<>();
		for (String id : elementIds) {
			DiagramElement element = shown.element(id);
			if (element != null) {
				elements.add(element);
			}
		}
		canvas.select(elements);
		if (!elements.isEmpty() && elements.get(0) instanceof DiagramNode node) {
			canvas.reveal(node);
		}
		fireSelection();
	}

	/** Whether the editor shows the diagram as it was at a past moment, read-only. */
	public boolean showsPast() {
		return showsPast;
	}

	/** The canvas, for tests that drive it with mouse events. */
	public DiagramCanvasAccess canvasAccess() {
		return new DiagramCanvasAccess(canvas);
	}

	// ---- tools

	public void execute(ModelChange change, boolean changesModel) {
		if (change == null) {
			return;
		}
		DiagramOperation operation = new DiagramOperation(change, changesModel, changesModel ? DiagramEditor::reloadAllEditors : this::redrawMoved);
		operation.addContext(undoContext);
		try {
			OperationHistoryFactory.getOperationHistory().execute(operation, null, null);
		} catch (ExecutionException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
		}
	}

	public static IOperationHistory history() {
		return OperationHistoryFactory.getOperationHistory();
	}

	private DiagramTool.DirectEdit<Object> directEditTool(DiagramElement element) {
		for (DiagramTool<Object> tool : session.description().tools()) {
			if (tool instanceof DiagramTool.DirectEdit<Object> edit && edit.mappingId().equals(element.mappingId())) {
				return edit;
			}
		}
		return null;
	}

	private DiagramTool.Delete<Object> deleteTool(DiagramElement element) {
		for (DiagramTool<Object> tool : session.description().tools()) {
			if (tool instanceof DiagramTool.Delete<Object> delete && delete.mappingId().equals(element.mappingId())) {
				return delete;
			}
		}
		return null;
	}

	private DiagramTool.Reconnect<Object> reconnectTool(DiagramEdge edge, DiagramNode target) {
		for (DiagramTool<Object> tool : session.description().tools()) {
			if (tool instanceof DiagramTool.Reconnect<Object> reconnect && reconnect.edgeMapping().equals(edge.mappingId())
					&& reconnect.targetMapping().equals(target.mappingId())) {
				return reconnect;
			}
		}
		return null;
	}

	void directEdit(DiagramNode node) {
		DiagramTool.DirectEdit<Object> tool = directEditTool(node);
		if (tool == null) {
			return;
		}
		int[] topLeft = canvas.toScreen(node.absoluteX(), node.absoluteY());
		Text editor = new Text(canvas.control(), SWT.BORDER | SWT.SINGLE);
		editor.setText(tool.initialText().apply(node.semantic()));
		editor.setBounds(topLeft[0], topLeft[1], Math.max(120, (int) Math.round(node.width() * canvas.zoom())), editor.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
		editor.selectAll();
		editor.setFocus();
		Object semantic = node.semantic();
		boolean[] done = { false };
		Runnable commit = () -> {
			if (done[0]) {
				return;
			}
			done[0] = true;
			String text = editor.getText().trim();
			editor.dispose();
			if (!text.isEmpty()) {
				execute(tool.action().edit(session.model(), semantic, text), true);
			}
		};
		editor.addListener(SWT.DefaultSelection, e -> commit.run());
		editor.addListener(SWT.FocusOut, e -> commit.run());
		editor.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				done[0] = true;
				editor.dispose();
				e.doit = false;
			}
		});
	}

	void deleteSelection() {
		List<ModelChange> changes = new ArrayList<>();
		for (DiagramElement element : canvas.selection()) {
			DiagramTool.Delete<Object> tool = deleteTool(element);
			if (tool != null) {
				changes.add(tool.action().change(session.model(), element.semantic()));
			}
		}
		changes.removeIf(Objects::isNull);
		if (changes.size() == 1) {
			execute(changes.get(0), true);
		} else if (!changes.isEmpty()) {
			execute(new CompositeChange(NLS.bind(DiagramMessages.deleteElements, changes.size()), changes), true);
		}
	}

	private void choose(DiagramTool.Choose<Object> tool, Object semantic) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return tool.choiceLabel().apply(element);
			}
		});
		dialog.setTitle(tool.name());
		dialog.setMessage(DiagramMessages.typeToFilter);
		dialog.setElements(tool.choices().choices(session.model(), semantic).toArray());
		if (dialog.open() == Window.OK && dialog.getFirstResult() != null) {
			execute(tool.action().drop(session.model(), semantic, dialog.getFirstResult()), true);
		}
	}

	private boolean applyArmedTool(DiagramNode node) {
		DiagramTool<Object> tool = armedTool;
		if (tool == null) {
			return false;
		}
		if (tool instanceof DiagramTool.Create<Object> create) {
			DiagramNode container = node;
			while (container != null && !container.mappingId().equals(create.containerMapping())) {
				container = container.parent();
			}
			if (create.containerMapping() != null && container == null) {
				return true;
			}
			disarm();
			InputDialog dialog = new InputDialog(getSite().getShell(), NLS.bind(DiagramMessages.newElement, create.name()), DiagramMessages.name, "",
					text -> text.isBlank() ? DiagramMessages.typeAName : null);
			if (dialog.open() == Window.OK) {
				execute(create.action().create(session.model(), container == null ? null : container.semantic(), dialog.getValue().trim()), true);
			}
			return true;
		}
		if (tool instanceof DiagramTool.Choose<Object> choose) {
			if (node != null && node.mappingId().equals(choose.mappingId())) {
				disarm();
				choose(choose, node.semantic());
			}
			return true;
		}
		return false;
	}

	// ---- markers, outline, selection

	private void updateMarkers(DiagramGraph graph) {
		if (showsPast) {
			return;
		}
		IResource root = ResourcesPlugin.getWorkspace().getRoot();
		String diagramId = session.description().id();
		try {
			for (IMarker marker : root.findMarkers(PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
				if (diagramId.equals(marker.getAttribute("diagram", ""))) {
					marker.delete();
				}
			}
			for (DiagramProblem problem : graph.problems()) {
				IMarker marker = root.createMarker(PROBLEM_MARKER);
				marker.setAttribute(IMarker.MESSAGE, problem.message());
				marker.setAttribute(IMarker.SEVERITY, switch (problem.severity()) {
				case ERROR -> IMarker.SEVERITY_ERROR;
				case WARNING -> IMarker.SEVERITY_WARNING;
				case INFO -> IMarker.SEVERITY_INFO;
				});
				marker.setAttribute(IMarker.LOCATION, session.description().name() + ": " + problem.elementLabel().replace('\n', ' '));
				marker.setAttribute("diagram", diagramId);
				marker.setAttribute("element", problem.elementId());
			}
		} catch (CoreException e) {
			// Markers are a second view of the problems the diagram shows itself; losing them is not fatal.
		}
	}

	private void removeMarkers() {
		try {
			for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
				if (session.description().id().equals(marker.getAttribute("diagram", ""))) {
					marker.delete();
				}
			}
		} catch (CoreException e) {
			// The workspace is closing; its markers are not persistent anyway.
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new DiagramOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		if (canvas == null) {
			return StructuredSelection.EMPTY;
		}
		return new StructuredSelection(canvas.selection().stream().map(DiagramElement::semantic).toList());
	}

	@Override
	public void setSelection(ISelection selection) {
		// The diagram's selection is made on the canvas or through select(ids).
	}

	private void fireSelection() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : List.copyOf(selectionListeners)) {
			listener.selectionChanged(event);
		}
		if (outline != null) {
			outline.showSelection(canvas.selection());
		}
	}

	// ---- export

	private void export(String format) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(session.description().id() + "." + format);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				exportTo(Path.of(chosen));
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(getSite().getShell(), DiagramMessages.exportTitle, NLS.bind(DiagramMessages.notWritten, chosen, messageOf(e)));
			}
		}
	}

	/** Writes the diagram as SVG or PNG, by the file's extension; what the command line writes too. */
	public void exportTo(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".svg")) {
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				SvgWriter.write(drawing, writer);
			}
		} else if (name.endsWith(".png")) {
			try (OutputStream out = Files.newOutputStream(file)) {
				PngWriter.write(drawing, PngWriter.scaleFor(drawing, 1.0), out);
			}
		} else {
			throw new IllegalArgumentException("the file must end in .svg or .png");
		}
	}

	// ---- editor plumbing

	/** Every open diagram shows the stored model again, and so does the organisation navigator. */
	static void reloadAllEditors() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false);
					if (part instanceof DiagramEditor editor) {
						editor.reload();
					}
				}
				if (page.findView(OrganisationNavigator.ID) instanceof OrganisationNavigator navigator) {
					navigator.refresh();
				}
			}
		}
	}

	/** The sentence for the user: the innermost message, never a stack trace. */
	static String messageOf(Throwable e) {
		return org.cordon.model.Failures.innermostMessage(e);
	}

	@Override
	public void dispose() {
		history().dispose(undoContext, true, true, true);
		if (contributorPreferences != null) {
			contributorPreferences.removePreferenceChangeListener(preferenceListener);
		}
		if (session != null && !showsPast) {
			removeMarkers();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	/** Changes are saved as they are made. */
	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Every change is stored when it is made.
	}

	@Override
	public void doSaveAs() {
		export("svg");
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	private final class CanvasActions implements DiagramCanvas.Actions {
		@Override
		public DiagramGraph graph() {
			return session == null ? null : sessionGraphOrNull();
		}

		private DiagramGraph sessionGraphOrNull() {
			return shownGraph();
		}

		@Override
		public Drawing drawing() {
			return drawing;
		}

		@Override
		public boolean canDrop(DiagramNode dropped, DiagramNode target) {
			return target != dropped.parent() && session.description().dropTool(dropped.mappingId(), target.mappingId()).isPresent();
		}

		@Override
		public void drop(DiagramNode dropped, DiagramNode target) {
			session.description().dropTool(dropped.mappingId(), target.mappingId())
					.ifPresent(tool -> execute(tool.action().drop(session.model(), dropped.semantic(), target.semantic()), true));
		}

		@Override
		public boolean canReconnect(DiagramEdge edge, DiagramNode target) {
			return target != edge.target() && reconnectTool(edge, target) != null;
		}

		@Override
		public void reconnect(DiagramEdge edge, DiagramNode target) {
			DiagramTool.Reconnect<Object> tool = reconnectTool(edge, target);
			if (tool != null) {
				execute(tool.action().drop(session.model(), edge.semantic(), target.semantic()), true);
			}
		}

		@Override
		public void move(Map<String, Place> places) {
			if (showsPast) {
				// Pins belong to the diagram as it is now; the past is only looked at.
				canvas.control().redraw();
				return;
			}
			execute(session.move(places), false);
		}

		@Override
		public void selectionChanged() {
			fireSelection();
		}

		@Override
		public boolean paletteClick(DiagramNode node, double x, double y) {
			return applyArmedTool(node);
		}

		@Override
		public void directEdit(DiagramNode node) {
			DiagramEditor.this.directEdit(node);
		}

		@Override
		public void delete() {
			deleteSelection();
		}
	}

	/** Several changes as one step of the undo history. */
	private record CompositeChange(String label, List<ModelChange> changes) implements ModelChange {
		@Override
		public void apply() {
			changes.forEach(ModelChange::apply);
		}

		@Override
		public void undo() {
			for (int i = changes.size() - 1; i >= 0; i--) {
				changes.get(i).undo();
			}
		}
	}
}
