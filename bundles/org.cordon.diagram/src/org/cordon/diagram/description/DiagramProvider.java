package org.cordon.diagram.description;

/**
 * The class a plug-in names in the extension point {@code org.cordon.diagram.descriptions}:
 * it creates the diagram's description over the services it is given.
 */
public interface DiagramProvider {

	RepresentationDescription<?> describe(ServiceLookup services);
}
