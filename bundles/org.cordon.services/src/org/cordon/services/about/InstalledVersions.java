package org.cordon.services.about;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Reads the versions from the bundles actually installed, so About never lies after an update. */
@Component(service = AboutService.class)
public class InstalledVersions implements AboutService {

	private final BundleContext context;

	@Activate
	public InstalledVersions(BundleContext context) {
		this.context = context;
	}

	@Override
	public List<ComponentVersion> versions() {
		List<ComponentVersion> versions = new ArrayList<>();
		versions.add(new ComponentVersion("Cordon", format(context.getBundle().getVersion())));
		versions.add(new ComponentVersion("Eclipse platform", bundleVersion("org.eclipse.ui.workbench")
				.map(v -> "workbench " + v).orElse("headless") + ", Equinox " + bundleVersion("org.eclipse.osgi").orElse("?")));
		versions.add(new ComponentVersion("EclipseLink", bundleVersion("org.eclipse.persistence.core").orElse("not installed")));
		versions.add(new ComponentVersion("Derby", bundleVersion("derby").map(InstalledVersions::derbyRelease).orElse("not installed")));
		versions.add(new ComponentVersion("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"));
		return versions;
	}

	private Optional<String> bundleVersion(String symbolicName) {
		return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
				.map(Bundle::getVersion).max(Version::compareTo).map(InstalledVersions::format);
	}

	/** Derby's bundle version folds its four-part release into the micro part: 10.17.1000000 is 10.17.1.0. */
	static String derbyRelease(String bundleVersion) {
		Version v = Version.parseVersion(bundleVersion);
		if (v.getMicro() < 1_000_000) {
			return bundleVersion;
		}
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro() / 1_000_000 + "." + v.getMicro() % 1_000_000;
	}

	private static String format(Version version) {
		return version.toString();
	}
}
