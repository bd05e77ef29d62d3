package org.cordon.diagram.description;

import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/** A change of style for the elements of a mapping that meet a condition over the model. */
public record ConditionalStyle<M, T>(BiPredicate<M, T> when, UnaryOperator<Style> change) {
}
