package org.cordon.diagram.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.diagram.description.DiagramFilter;
import org.cordon.diagram.description.EdgeMapping;
import org.cordon.diagram.description.ElementMapping;
import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.description.ValidationRule;

/**
 * Builds the graph of a description over a model: the elements of every mapping whose layer is
 * shown and that no active filter hides, the edges between shown elements, and the problems the
 * validation rules find. Positions are left to the layout.
 */
public final class DiagramBuilder {

	private DiagramBuilder() {
	}

	public static <M> DiagramGraph build(RepresentationDescription<M> description, M model, ViewSettings settings) {
		DiagramGraph graph = new DiagramGraph(description.id(), description.topLevelLayout());
		Map<String, List<DiagramNode>> byMapping = new HashMap<>();
		for (ElementMapping<M, ?> mapping : description.mappings()) {
			List<DiagramNode> created = new ArrayList<>();
			byMapping.put(mapping.id(), created);
			if (!settings.shows(mapping.layerId())) {
				continue;
			}
			if (mapping.parentId() == null) {
				addElements(graph, description, model, settings, mapping, null, created);
			} else {
				for (DiagramNode parent : byMapping.get(mapping.parentId())) {
					addElements(graph, description, model, settings, mapping, parent, created);
				}
				addTopLevel(graph, description, model, settings, mapping, created);
			}
		}
		for (EdgeMapping<M, ?> mapping : description.edgeMappings()) {
			if (settings.shows(mapping.layerId())) {
				addEdges(graph, description, model, mapping);
			}
		}
		for (ValidationRule<M, ?> rule : description.rules()) {
			check(graph, model, rule, byMapping.get(rule.mappingId()));
		}
		return graph;
	}

	private static <M, T> void addElements(DiagramGraph graph, RepresentationDescription<M> description, M model,
			ViewSettings settings, ElementMapping<M, T> mapping, DiagramNode parent, List<DiagramNode> created) {
		addElements(graph, description, model, settings, mapping, mapping.candidatesIn(model, parent == null ? null : parent.semantic()),
				parent, created);
	}

	private static <M, T> void addTopLevel(DiagramGraph graph, RepresentationDescription<M> description, M model,
			ViewSettings settings, ElementMapping<M, T> mapping, List<DiagramNode> created) {
		addElements(graph, description, model, settings, mapping, mapping.topLevelCandidates(model), null, created);
	}

	private static <M, T> void addElements(DiagramGraph graph, RepresentationDescription<M> description, M model,
			ViewSettings settings, ElementMapping<M, T> mapping, List<? extends T> candidates, DiagramNode parent, List<DiagramNode> created) {
		for (T semantic : candidates) {
			if (hidden(description, model, settings, mapping, semantic)) {
				continue;
			}
			String id = elementId(mapping.id(), mapping.codeOf(semantic));
			DiagramNode node = new DiagramNode(id, mapping.id(), mapping.kind() == ElementMapping.Kind.CONTAINER,
					mapping.childLayout(), semantic, mapping.labelOf(model, semantic), mapping.styleOf(model, semantic), parent);
			graph.add(node);
			created.add(node);
		}
	}

	@SuppressWarnings("unchecked")
	private static <M> boolean hidden(RepresentationDescription<M> description, M model, ViewSettings settings,
			ElementMapping<M, ?> mapping, Object semantic) {
		for (DiagramFilter<M, ?> filter : description.filters()) {
			if (settings.applies(filter) && filter.mappingId().equals(mapping.id())
					&& ((DiagramFilter<M, Object>) filter).hides().test(model, semantic)) {
				return true;
			}
		}
		return false;
	}

	private static <M, E> void addEdges(DiagramGraph graph, RepresentationDescription<M> description, M model,
			EdgeMapping<M, E> mapping) {
		for (E semantic : mapping.candidatesIn(model)) {
			Object sourceObject = mapping.sourceOf(semantic);
			Object targetObject = mapping.targetOf(semantic);
			if (sourceObject == null || targetObject == null) {
				continue;
			}
			DiagramNode source = graph.node(elementId(mapping.sourceMapping(), description.mapping(mapping.sourceMapping()).codeOf(sourceObject)));
			DiagramNode target = graph.node(elementId(mapping.targetMapping(), description.mapping(mapping.targetMapping()).codeOf(targetObject)));
			if (source == null || target == null) {
				continue;
			}
			graph.add(new DiagramEdge(elementId(mapping.id(), mapping.codeOf(semantic)), mapping.id(), semantic, source, target,
					mapping.labelOf(semantic), mapping.style()));
		}
	}

	@SuppressWarnings("unchecked")
	private static <M> void check(DiagramGraph graph, M model, ValidationRule<M, ?> rule, List<DiagramNode> nodes) {
		ValidationRule<M, Object> typed = (ValidationRule<M, Object>) rule;
		for (DiagramNode node : nodes) {
			if (typed.fails().test(model, node.semantic())) {
				graph.addProblem(new DiagramProblem(node.id(), node.label(), rule.id(), rule.severity(),
						typed.message().apply(model, node.semantic())));
			}
		}
	}

	/** The id an element of a mapping gets for an object with the given code. */
	public static String elementId(String mappingId, String code) {
		return mappingId + "/" + code;
	}
}
