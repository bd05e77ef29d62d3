package org.cordon.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Derby's client also exports the package {@code org.apache.derby.jdbc}, without the embedded
 * driver in it; a framework that resolves afresh (another language, {@code -clean}) could wire
 * Cordon to that one, and then no database opens at all.
 */
class DerbyWiringTest {

	@Test
	void theEmbeddedDriverPackageComesFromDerbyItself() throws Exception {
		Bundle persistence = FrameworkUtil.getBundle(EmbeddedDerbyDatabase.class);
		List<BundleWire> wires = persistence.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package");
		List<String> providers = wires.stream()
				.filter(wire -> "org.apache.derby.jdbc".equals(wire.getCapability().getAttributes().get("osgi.wiring.package")))
				.map(wire -> wire.getProvider().getSymbolicName()).toList();
		assertEquals(List.of("derby"), providers);
		assertEquals("org.apache.derby.jdbc.EmbeddedDriver",
				persistence.loadClass("org.apache.derby.jdbc.EmbeddedDriver").getName());
	}
}
