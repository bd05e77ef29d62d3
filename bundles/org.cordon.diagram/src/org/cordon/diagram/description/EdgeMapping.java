package org.cordon.diagram.description;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Maps model objects to edges: one edge per candidate, from the element of {@code sourceMapping}
 * that shows its source object to the element of {@code targetMapping} that shows its target.
 * An edge whose ends are not both shown is left out.
 */
public final class EdgeMapping<M, E> {

	private final String id;
	private final Class<E> type;
	private final String sourceMapping;
	private final String targetMapping;
	private Function<M, List<? extends E>> candidates;
	private Function<? super E, ?> source;
	private Function<? super E, ?> target;
	private Function<? super E, String> label = edge -> "";
	private Function<? super E, String> code;
	private Style style = Style.EDGE;
	private String layerId;

	private EdgeMapping(String id, Class<E> type, String sourceMapping, String targetMapping) {
		this.id = ElementMapping.checkId(id);
		this.type = Objects.requireNonNull(type);
		this.sourceMapping = ElementMapping.checkId(sourceMapping);
		this.targetMapping = ElementMapping.checkId(targetMapping);
		this.code = value -> value instanceof org.cordon.model.CordonEntity entity ? entity.getCode() : String.valueOf(value);
	}

	public static <M, E> EdgeMapping<M, E> edge(String id, Class<E> type, String sourceMapping, String targetMapping) {
		return new EdgeMapping<>(id, type, sourceMapping, targetMapping);
	}

	public EdgeMapping<M, E> candidates(Function<M, List<? extends E>> edges) {
		this.candidates = Objects.requireNonNull(edges);
		return this;
	}

	public EdgeMapping<M, E> ends(Function<? super E, ?> sourceObject, Function<? super E, ?> targetObject) {
		this.source = Objects.requireNonNull(sourceObject);
		this.target = Objects.requireNonNull(targetObject);
		return this;
	}

	public EdgeMapping<M, E> label(Function<? super E, String> labelExpression) {
		this.label = Objects.requireNonNull(labelExpression);
		return this;
	}

	public EdgeMapping<M, E> code(Function<? super E, String> codeExpression) {
		this.code = Objects.requireNonNull(codeExpression);
		return this;
	}

	public EdgeMapping<M, E> style(Style newStyle) {
		this.style = Objects.requireNonNull(newStyle);
		return this;
	}

	public EdgeMapping<M, E> layer(String layer) {
		this.layerId = ElementMapping.checkId(layer);
		return this;
	}

	public String id() {
		return id;
	}

	public Class<E> type() {
		return type;
	}

	public String sourceMapping() {
		return sourceMapping;
	}

	public String targetMapping() {
		return targetMapping;
	}

	public String layerId() {
		return layerId;
	}

	public Style style() {
		return style;
	}

	public List<? extends E> candidatesIn(M model) {
		if (candidates == null || source == null) {
			throw new IllegalStateException("the edge mapping " + id + " needs candidates(…) and ends(…)");
		}
		return candidates.apply(model);
	}

	public Object sourceOf(Object edge) {
		return source.apply(type.cast(edge));
	}

	public Object targetOf(Object edge) {
		return target.apply(type.cast(edge));
	}

	public String labelOf(Object edge) {
		return label.apply(type.cast(edge));
	}

	public String codeOf(Object edge) {
		return code.apply(type.cast(edge));
	}
}
