package org.cordon.diagram.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cordon.diagram.description.DiagramProvider;
import org.cordon.diagram.description.RepresentationDescription;
import org.cordon.diagram.description.ServiceLookup;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;

/** The diagrams plug-ins contribute through {@code org.cordon.diagram.descriptions}. */
public final class DiagramDescriptions {

	public static final String EXTENSION_POINT = "org.cordon.diagram.descriptions";

	/** A contributed diagram, before its description is created. */
	public record Contribution(String id, String name, String contributor, IConfigurationElement element) {

		public RepresentationDescription<?> create(ServiceLookup services) {
			try {
				DiagramProvider provider = (DiagramProvider) element.createExecutableExtension("class");
				RepresentationDescription<?> description = provider.describe(services);
				if (!description.id().equals(id)) {
					throw new IllegalStateException(contributor + " declares the diagram " + id + " but describes " + description.id());
				}
				return description;
			} catch (CoreException e) {
				throw new IllegalStateException("The diagram " + id + " of " + contributor + " cannot be created: " + e.getMessage(), e);
			}
		}
	}

	private DiagramDescriptions() {
	}

	/** Every contributed diagram, by name. */
	public static List<Contribution> all() {
		List<Contribution> contributions = new ArrayList<>();
		var registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return contributions;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("description".equals(element.getName())) {
				contributions.add(new Contribution(element.getAttribute("id"), element.getAttribute("name"),
						element.getContributor().getName(), element));
			}
		}
		contributions.sort(Comparator.comparing(Contribution::name).thenComparing(Contribution::id));
		return contributions;
	}

	public static Optional<Contribution> find(String id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}
}
