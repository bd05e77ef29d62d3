package org.cordon.diagram.graph;

import org.cordon.diagram.description.Severity;

/** A validation rule an element fails. */
public record DiagramProblem(String elementId, String elementLabel, String ruleId, Severity severity, String message) {
}
