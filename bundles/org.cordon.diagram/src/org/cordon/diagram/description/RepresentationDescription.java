package org.cordon.diagram.description;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a diagram shows and what can be done in it: built once by a {@link DiagramProvider}
 * and then read by the graph builder, the layout, the painter and the editor.
 *
 * @param <M> the model the diagram is drawn from, read afresh by {@link #loadModel()}
 */
public final class RepresentationDescription<M> {

	private final String id;
	private final String name;
	private final Supplier<M> loader;
	private final Function<LocalDateTime, M> pastLoader;
	private final LocalDateTime asOf;
	private final LayoutDirection direction;
	private final ChildLayout topLevelLayout;
	private final Map<String, ElementMapping<M, ?>> mappings;
	private final Map<String, EdgeMapping<M, ?>> edges;
	private final Map<String, DiagramLayer> layers;
	private final List<DiagramFilter<M, ?>> filters;
	private final List<ValidationRule<M, ?>> rules;
	private final List<DiagramTool<M>> tools;

	private RepresentationDescription(Builder<M> builder) {
		this.id = builder.id;
		this.name = builder.name;
		this.loader = Objects.requireNonNull(builder.loader, "a description needs model(…)");
		this.pastLoader = builder.pastLoader;
		this.asOf = null;
		this.direction = builder.direction;
		this.topLevelLayout = builder.topLevelLayout;
		this.mappings = Map.copyOf(builder.mappings);
		this.edges = Map.copyOf(builder.edges);
		this.layers = Map.copyOf(builder.layers);
		this.filters = List.copyOf(builder.filters);
		this.rules = List.copyOf(builder.rules);
		this.tools = List.copyOf(builder.tools);
		this.mappingOrder = List.copyOf(builder.mappings.keySet());
		this.edgeOrder = List.copyOf(builder.edges.keySet());
		this.layerOrder = List.copyOf(builder.layers.keySet());
	}

	/** The same diagram over the model of a past moment, with no tools: what was cannot be edited. */
	private RepresentationDescription(RepresentationDescription<M> now, LocalDateTime moment) {
		this.id = now.id;
		this.name = now.name;
		this.loader = () -> now.pastLoader.apply(moment);
		this.pastLoader = now.pastLoader;
		this.asOf = moment;
		this.direction = now.direction;
		this.topLevelLayout = now.topLevelLayout;
		this.mappings = now.mappings;
		this.edges = now.edges;
		this.layers = now.layers;
		this.filters = now.filters;
		this.rules = now.rules;
		this.tools = List.of();
		this.mappingOrder = now.mappingOrder;
		this.edgeOrder = now.edgeOrder;
		this.layerOrder = now.layerOrder;
	}

	private final List<String> mappingOrder;
	private final List<String> edgeOrder;
	private final List<String> layerOrder;

	public static <M> Builder<M> builder(String id, String name) {
		return new Builder<>(id, name);
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	/** Reads the model through the services, as it is now (or as it was, for {@link #asOf(LocalDateTime)}). */
	public M loadModel() {
		return loader.get();
	}

	/** Whether the diagram can be drawn as it was at a past moment ({@link Builder#modelAsOf}). */
	public boolean canShowPast() {
		return pastLoader != null;
	}

	/**
	 * The diagram as it was at a past moment: the same mappings over the model of that moment,
	 * read-only (no tools).
	 *
	 * @throws IllegalStateException if the diagram cannot read its model of the past
	 */
	public RepresentationDescription<M> asOf(LocalDateTime moment) {
		if (pastLoader == null) {
			throw new IllegalStateException("the diagram " + id + " cannot be shown as of a past moment");
		}
		return new RepresentationDescription<>(this, Objects.requireNonNull(moment));
	}

	/** The past moment this description shows; empty for the model as it is now. */
	public Optional<LocalDateTime> shownMoment() {
		return Optional.ofNullable(asOf);
	}

	public LayoutDirection direction() {
		return direction;
	}

	/** How the top-level elements are arranged: ELK layered along their edges, or ELK box rows. */
	public ChildLayout topLevelLayout() {
		return topLevelLayout;
	}

	/** In the order they were declared; parents before their children. */
	public List<ElementMapping<M, ?>> mappings() {
		return mappingOrder.stream().<ElementMapping<M, ?>>map(mappings::get).toList();
	}

	public ElementMapping<M, ?> mapping(String mappingId) {
		ElementMapping<M, ?> mapping = mappings.get(mappingId);
		if (mapping == null) {
			throw new IllegalArgumentException("the diagram " + id + " has no mapping " + mappingId);
		}
		return mapping;
	}

	public List<EdgeMapping<M, ?>> edgeMappings() {
		return edgeOrder.stream().<EdgeMapping<M, ?>>map(edges::get).toList();
	}

	public List<DiagramLayer> layers() {
		return layerOrder.stream().map(layers::get).toList();
	}

	public List<DiagramFilter<M, ?>> filters() {
		return filters;
	}

	public List<ValidationRule<M, ?>> rules() {
		return rules;
	}

	public List<DiagramTool<M>> tools() {
		return tools;
	}

	public DiagramTool<M> tool(String toolId) {
		return tools.stream().filter(t -> t.id().equals(toolId)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the diagram " + id + " has no tool " + toolId));
	}

	/** The drop tool for an element of one mapping dropped on an element of another, if any. */
	@SuppressWarnings("unchecked")
	public Optional<DiagramTool.DropOnto<M>> dropTool(String sourceMapping, String targetMapping) {
		return tools.stream().filter(DiagramTool.DropOnto.class::isInstance).map(t -> (DiagramTool.DropOnto<M>) t)
				.filter(t -> t.sourceMapping().equals(sourceMapping) && t.targetMapping().equals(targetMapping)).findFirst();
	}

	public static final class Builder<M> {
		private final String id;
		private final String name;
		private Supplier<M> loader;
		private Function<LocalDateTime, M> pastLoader;
		private LayoutDirection direction = LayoutDirection.RIGHT;
		private ChildLayout topLevelLayout = ChildLayout.LAYERED;
		private final Map<String, ElementMapping<M, ?>> mappings = new LinkedHashMap<>();
		private final Map<String, EdgeMapping<M, ?>> edges = new LinkedHashMap<>();
		private final Map<String, DiagramLayer> layers = new LinkedHashMap<>();
		private final List<DiagramFilter<M, ?>> filters = new ArrayList<>();
		private final List<ValidationRule<M, ?>> rules = new ArrayList<>();
		private final List<DiagramTool<M>> tools = new ArrayList<>();

		private Builder(String id, String name) {
			if (id == null || !id.matches("[a-z][a-z0-9-]{0,39}")) {
				throw new IllegalArgumentException("a diagram id is lower case letters, digits and dashes, at most 40: " + id);
			}
			this.id = id;
			this.name = Objects.requireNonNull(name);
		}

		public Builder<M> model(Supplier<M> modelLoader) {
			this.loader = modelLoader;
			return this;
		}

		/** How to read the model as it was at a past moment; a diagram without it shows the present only. */
		public Builder<M> modelAsOf(Function<LocalDateTime, M> pastModelLoader) {
			this.pastLoader = pastModelLoader;
			return this;
		}

		public Builder<M> direction(LayoutDirection newDirection) {
			this.direction = newDirection;
			return this;
		}

		/**
		 * How the top-level elements are arranged (ELK layered unless told otherwise). With
		 * {@link ChildLayout#BOX} the containers fill rows of about a page's proportions, and
		 * edges between containers are drawn straight.
		 */
		public Builder<M> topLevelLayout(ChildLayout layout) {
			this.topLevelLayout = Objects.requireNonNull(layout);
			return this;
		}

		public Builder<M> layer(DiagramLayer layer) {
			layers.put(layer.id(), layer);
			return this;
		}

		public Builder<M> element(ElementMapping<M, ?> mapping) {
			if (mapping.parentId() != null) {
				ElementMapping<M, ?> parent = mappings.get(mapping.parentId());
				if (parent == null || parent.kind() != ElementMapping.Kind.CONTAINER) {
					throw new IllegalArgumentException("the mapping " + mapping.id() + " is inside " + mapping.parentId()
							+ ", which must be a container mapping declared before it");
				}
			}
			checkLayer(mapping.layerId());
			unique(mapping.id());
			mappings.put(mapping.id(), mapping);
			return this;
		}

		public Builder<M> edge(EdgeMapping<M, ?> mapping) {
			checkLayer(mapping.layerId());
			unique(mapping.id());
			knownMapping(mapping.sourceMapping());
			knownMapping(mapping.targetMapping());
			edges.put(mapping.id(), mapping);
			return this;
		}

		public Builder<M> filter(DiagramFilter<M, ?> filter) {
			knownMapping(filter.mappingId());
			filters.add(filter);
			return this;
		}

		public Builder<M> rule(ValidationRule<M, ?> rule) {
			knownMapping(rule.mappingId());
			rules.add(rule);
			return this;
		}

		public Builder<M> tool(DiagramTool<M> tool) {
			tools.add(tool);
			return this;
		}

		public RepresentationDescription<M> build() {
			return new RepresentationDescription<>(this);
		}

		private void checkLayer(String layerId) {
			if (layerId != null && !layers.containsKey(layerId)) {
				throw new IllegalArgumentException("declare the layer " + layerId + " before what belongs to it");
			}
		}

		private void unique(String mappingId) {
			if (mappings.containsKey(mappingId) || edges.containsKey(mappingId)) {
				throw new IllegalArgumentException("two mappings with the id " + mappingId);
			}
		}

		private void knownMapping(String mappingId) {
			if (!mappings.containsKey(mappingId)) {
				throw new IllegalArgumentException("there is no mapping " + mappingId + " (declare it first)");
			}
		}
	}
}
