package org.cordon.diagram.graph;

import java.util.HashSet;
import java.util.Set;

import org.cordon.diagram.description.DiagramFilter;
import org.cordon.diagram.description.DiagramLayer;
import org.cordon.diagram.description.RepresentationDescription;

/** Which layers are shown and which filters are on. */
public record ViewSettings(Set<String> shownLayers, Set<String> activeFilters) {

	public ViewSettings {
		shownLayers = Set.copyOf(shownLayers);
		activeFilters = Set.copyOf(activeFilters);
	}

	/** The layers shown by default, no filter. */
	public static ViewSettings defaults(RepresentationDescription<?> description) {
		Set<String> layers = new HashSet<>();
		for (DiagramLayer layer : description.layers()) {
			if (layer.shownByDefault()) {
				layers.add(layer.id());
			}
		}
		return new ViewSettings(layers, Set.of());
	}

	public boolean shows(String layerId) {
		return layerId == null || shownLayers.contains(layerId);
	}

	public boolean applies(DiagramFilter<?, ?> filter) {
		return activeFilters.contains(filter.id());
	}

	public ViewSettings withLayer(String layerId, boolean shown) {
		Set<String> layers = new HashSet<>(shownLayers);
		if (shown) {
			layers.add(layerId);
		} else {
			layers.remove(layerId);
		}
		return new ViewSettings(layers, activeFilters);
	}

	public ViewSettings withFilter(String filterId, boolean on) {
		Set<String> filters = new HashSet<>(activeFilters);
		if (on) {
			filters.add(filterId);
		} else {
			filters.remove(filterId);
		}
		return new ViewSettings(shownLayers, filters);
	}
}
