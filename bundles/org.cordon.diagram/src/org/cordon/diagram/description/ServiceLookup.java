package org.cordon.diagram.description;

/** How a description reaches the services it reads and changes the model through. */
@FunctionalInterface
public interface ServiceLookup {

	/**
	 * @throws IllegalStateException when the service is not there
	 */
	<S> S get(Class<S> type);
}
