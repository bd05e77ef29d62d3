package org.cordon.services.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.Test;

class InstalledVersionsTest {

	@Test
	void namesCordonAndThePlatformPiecesWithTheirInstalledVersions() {
		List<ComponentVersion> versions = OsgiServices.await(AboutService.class).versions();
		assertEquals(List.of("Cordon", "Eclipse platform", "EclipseLink", "Derby", "Java"),
				versions.stream().map(ComponentVersion::name).toList());
		assertTrue(versions.get(0).version().startsWith("1.0.0"), versions.toString());
		assertTrue(versions.get(2).version().startsWith("5.0.0"), versions.toString());
		assertEquals("10.17.1.0", versions.get(3).version());
	}

	@Test
	void derbyBundleVersionsReadAsDerbyReleases() {
		assertEquals("10.17.1.0", InstalledVersions.derbyRelease("10.17.1000000"));
		assertEquals("10.16.1.1", InstalledVersions.derbyRelease("10.16.1000001"));
		assertEquals("1.2.3", InstalledVersions.derbyRelease("1.2.3"));
	}
}
