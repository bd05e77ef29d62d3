package org.cordon.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.cordon.model.CordonEntity;

/**
 * Maps model objects of one type to nodes or containers: which objects (its candidates, read
 * from the model, under each element of the parent mapping), their label, code and style.
 *
 * @param <M> the model the diagram is drawn from
 * @param <T> the objects this mapping shows
 */
public final class ElementMapping<M, T> {

	public enum Kind {
		NODE, CONTAINER
	}

	private final String id;
	private final Kind kind;
	private final Class<T> type;
	private String parentId;
	private BiFunction<M, Object, List<? extends T>> candidates;
	private Function<M, List<? extends T>> alsoAtTop;
	private BiFunction<M, ? super T, String> label = (model, value) -> String.valueOf(value);
	private Function<? super T, String> code;
	private Style style;
	private final List<ConditionalStyle<M, T>> conditionalStyles = new ArrayList<>();
	private String layerId;
	private ChildLayout childLayout = ChildLayout.BOX;

	private ElementMapping(String id, Kind kind, Class<T> type) {
		this.id = checkId(id);
		this.kind = kind;
		this.type = Objects.requireNonNull(type, "type");
		this.style = kind == Kind.CONTAINER ? Style.CONTAINER : Style.NODE;
		this.code = value -> value instanceof CordonEntity entity ? entity.getCode() : String.valueOf(value);
	}

	public static <M, T> ElementMapping<M, T> node(String id, Class<T> type) {
		return new ElementMapping<>(id, Kind.NODE, type);
	}

	public static <M, T> ElementMapping<M, T> container(String id, Class<T> type) {
		return new ElementMapping<>(id, Kind.CONTAINER, type);
	}

	static String checkId(String id) {
		if (id == null || !id.matches("[a-z][a-z0-9-]{0,29}")) {
			throw new IllegalArgumentException("an id is lower case letters, digits and dashes, at most 30: " + id);
		}
		return id;
	}

	/** Top-level elements: one per object the function reads from the model. */
	public ElementMapping<M, T> candidates(Function<M, List<? extends T>> topLevel) {
		this.parentId = null;
		this.alsoAtTop = null;
		this.candidates = (model, parent) -> topLevel.apply(model);
		return this;
	}

	/** Elements inside each element of the container mapping {@code parent}. */
	@SuppressWarnings("unchecked")
	public <P> ElementMapping<M, T> inside(String parent, BiFunction<M, P, List<? extends T>> children) {
		this.parentId = checkId(parent);
		this.candidates = (model, parentSemantic) -> children.apply(model, (P) parentSemantic);
		return this;
	}

	/**
	 * Top-level elements besides those {@link #inside} containers, for objects that belong in
	 * no container (e.g. a county unit with no community to answer for); an object must be in
	 * one place only, as its id is the mapping's and its code.
	 */
	public ElementMapping<M, T> alsoAtTop(Function<M, List<? extends T>> topLevel) {
		if (parentId == null) {
			throw new IllegalStateException("the mapping " + id + " is at the top already; alsoAtTop(…) goes with inside(…)");
		}
		this.alsoAtTop = Objects.requireNonNull(topLevel);
		return this;
	}

	public ElementMapping<M, T> label(Function<? super T, String> labelExpression) {
		Objects.requireNonNull(labelExpression);
		this.label = (model, value) -> labelExpression.apply(value);
		return this;
	}

	/** A label that reads the model too, e.g. a count; a line break starts a second line. */
	public ElementMapping<M, T> label(BiFunction<M, ? super T, String> labelExpression) {
		this.label = Objects.requireNonNull(labelExpression);
		return this;
	}

	/** What identifies an object in the diagram; a record's code unless told otherwise. */
	public ElementMapping<M, T> code(Function<? super T, String> codeExpression) {
		this.code = Objects.requireNonNull(codeExpression);
		return this;
	}

	public ElementMapping<M, T> style(Style newStyle) {
		this.style = Objects.requireNonNull(newStyle);
		return this;
	}

	public ElementMapping<M, T> styleWhen(BiPredicate<M, T> condition, UnaryOperator<Style> change) {
		conditionalStyles.add(new ConditionalStyle<>(condition, change));
		return this;
	}

	public ElementMapping<M, T> layer(String layer) {
		this.layerId = checkId(layer);
		return this;
	}

	public ElementMapping<M, T> childLayout(ChildLayout layout) {
		this.childLayout = Objects.requireNonNull(layout);
		return this;
	}

	public String id() {
		return id;
	}

	public Kind kind() {
		return kind;
	}

	public Class<T> type() {
		return type;
	}

	/** The container mapping whose elements hold this mapping's, or {@code null} at the top. */
	public String parentId() {
		return parentId;
	}

	public String layerId() {
		return layerId;
	}

	public ChildLayout childLayout() {
		return childLayout;
	}

	public List<? extends T> candidatesIn(M model, Object parentSemantic) {
		if (candidates == null) {
			throw new IllegalStateException("the mapping " + id + " says neither candidates(…) nor inside(…)");
		}
		return candidates.apply(model, parentSemantic);
	}

	/** The top-level elements of a mapping that is {@link #inside} containers too; empty if none. */
	public List<? extends T> topLevelCandidates(M model) {
		return alsoAtTop == null ? List.of() : alsoAtTop.apply(model);
	}

	@SuppressWarnings("unchecked")
	public String labelOf(M model, Object semantic) {
		return ((BiFunction<M, T, String>) label).apply(model, type.cast(semantic));
	}

	public String codeOf(Object semantic) {
		return code.apply(type.cast(semantic));
	}

	/** The mapping's style with every conditional style whose condition holds applied in turn. */
	public Style styleOf(M model, Object semantic) {
		T value = type.cast(semantic);
		Style result = style;
		for (ConditionalStyle<M, T> conditional : conditionalStyles) {
			if (conditional.when().test(model, value)) {
				result = conditional.change().apply(result);
			}
		}
		return result;
	}
}
