package org.cordon.diagram.description;

import java.util.function.BiPredicate;

/**
 * Hides the elements of one mapping that meet a condition while the filter is on; filters
 * are off until the user switches them on.
 */
public record DiagramFilter<M, T>(String id, String name, String mappingId, BiPredicate<M, T> hides) {
}
