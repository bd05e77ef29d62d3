package org.cordon.diagram.session;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.cordon.diagram.description.ModelChange;
import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.graph.DiagramBuilder;
import org.cordon.diagram.graph.DiagramGraph;
import org.cordon.diagram.graph.DiagramNode;
import org.cordon.diagram.graph.ViewSettings;
import org.cordon.diagram.layout.DiagramLayout;
import org.cordon.diagram.render.DiagramPainter;
import org.cordon.diagram.render.Drawing;
import org.cordon.services.diagram.DiagramPositionService;
import org.cordon.services.diagram.DiagramPositionService.Place;

/**
 * One open diagram: its description, the model as last read, the pinned positions from the
 * database, and the laid-out graph. The editor and the command line both work through it.
 *
 * @param <M> the description's model
 */
public final class DiagramSession<M> {

	private final RepresentationDescription<M> description;
	private final DiagramPositionService positions;
	private ViewSettings settings;
	private M model;
	private Map<String, Place> pinned = Map.of();
	private DiagramGraph graph;

	public DiagramSession(RepresentationDescription<M> description, DiagramPositionService positions) {
		this.description = Objects.requireNonNull(description);
		this.positions = Objects.requireNonNull(positions);
		this.settings = ViewSettings.defaults(description);
	}

	public RepresentationDescription<M> description() {
		return description;
	}

	public M model() {
		return model;
	}

	public DiagramGraph graph() {
		if (graph == null) {
			throw new IllegalStateException("the diagram " + description.id() + " has not been loaded");
		}
		return graph;
	}

	public ViewSettings settings() {
		return settings;
	}

	/** Reads the model and the pinned positions again, rebuilds and lays out the diagram. */
	public DiagramGraph reload() {
		model = description.loadModel();
		pinned = new LinkedHashMap<>(positions.pinned(description.id()));
		return rebuild();
	}

	/**
	 * A diagram read, built, laid out and drawn apart from the session, e.g. in a job: nothing of
	 * the session changes until it is {@linkplain #accept accepted}, so the one shown stays whole
	 * meanwhile. At ten times the county that work takes about a second, too long for the UI thread.
	 *
	 * @param <M> the description's model
	 */
	public record Prepared<M>(M model, Map<String, Place> pinned, ViewSettings settings, DiagramGraph graph, Drawing drawing) {
	}

	/**
	 * Reads the model and the pinned positions, builds, lays out and draws the diagram with the
	 * given view settings, without changing the session; safe on any thread.
	 */
	public Prepared<M> prepareReload(ViewSettings with) {
		M read = description.loadModel();
		Map<String, Place> readPins = new LinkedHashMap<>(positions.pinned(description.id()));
		return prepare(read, readPins, with);
	}

	/**
	 * Builds, lays out and draws a model already read (the one {@link #model()} returns, taken on
	 * the UI thread with {@link #pinned()}), without changing the session; safe on any thread.
	 */
	public Prepared<M> prepare(M from, Map<String, Place> withPins, ViewSettings with) {
		DiagramGraph built = DiagramBuilder.build(description, from, with);
		DiagramLayout.arrange(built, description.direction(), withPins);
		return new Prepared<>(from, new LinkedHashMap<>(withPins), with, built, DiagramPainter.paint(built));
	}

	/** Makes a prepared diagram the session's: its model, pins, settings and graph. */
	public DiagramGraph accept(Prepared<M> prepared) {
		model = prepared.model();
		pinned = new LinkedHashMap<>(prepared.pinned());
		settings = prepared.settings();
		graph = prepared.graph();
		return graph;
	}

	/** Rebuilds from the model as last read, e.g. after a layer was switched. */
	public DiagramGraph rebuild() {
		if (model == null) {
			return reload();
		}
		DiagramGraph built = DiagramBuilder.build(description, model, settings);
		DiagramLayout.arrange(built, description.direction(), pinned);
		graph = built;
		return built;
	}

	/** Lays the diagram out again; nodes the user placed stay where they are. */
	public DiagramGraph arrangeAll() {
		return rebuild();
	}

	public DiagramGraph changeSettings(ViewSettings newSettings) {
		this.settings = Objects.requireNonNull(newSettings);
		return rebuild();
	}

	public Drawing drawing() {
		return DiagramPainter.paint(graph());
	}

	/** The pinned positions, element id to place relative to its container. */
	public Map<String, Place> pinned() {
		return Map.copyOf(pinned);
	}

	/**
	 * Moving nodes pins them where they were dropped; undoing puts them, and their pinned state,
	 * back. Positions are relative to the nodes' containers.
	 */
	public ModelChange move(Map<String, Place> newPlaces) {
		Map<String, Place> before = new HashMap<>();
		for (String id : newPlaces.keySet()) {
			before.put(id, pinned.get(id));
		}
		Map<String, Place> after = new HashMap<>(newPlaces);
		return new ModelChange() {
			@Override
			public String label() {
				return newPlaces.size() == 1 ? "Move" : "Move " + newPlaces.size() + " elements";
			}

			@Override
			public void apply() {
				setPins(after);
			}

			@Override
			public void undo() {
				setPins(before);
			}
		};
	}

	/** Unpins nodes, so that Arrange All places them again. */
	public ModelChange unpin(Iterable<String> elementIds) {
		Map<String, Place> none = new HashMap<>();
		elementIds.forEach(id -> none.put(id, null));
		return move(none);
	}

	private void setPins(Map<String, Place> changes) {
		positions.update(description.id(), changes);
		changes.forEach((id, place) -> {
			if (place == null) {
				pinned.remove(id);
			} else {
				pinned.put(id, place);
			}
			DiagramNode node = graph == null ? null : graph.node(id);
			if (node != null) {
				node.setPinned(place != null);
				if (place != null) {
					node.setLocation(place.x(), place.y());
				}
			}
		});
		if (graph != null) {
			graph.forgetLayoutRoutes(changes.keySet());
			graph.fitContainers();
			graph.routeEdges();
		}
	}
}
