package org.cordon.diagram.description;

/** How bad a validation problem is; the order is increasing. */
public enum Severity {
	INFO, WARNING, ERROR
}
