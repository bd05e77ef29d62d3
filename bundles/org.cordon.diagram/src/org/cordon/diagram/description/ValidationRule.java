package org.cordon.diagram.description;

import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * A check of the elements of one mapping; each element it fails becomes a problem shown on the
 * element and in the Problems view.
 */
public record ValidationRule<M, T>(String id, String mappingId, Severity severity, BiPredicate<M, T> fails,
		BiFunction<M, T, String> message) {
}
