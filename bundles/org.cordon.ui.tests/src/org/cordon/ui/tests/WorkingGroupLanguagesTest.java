package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.eclipse.osgi.service.localization.BundleLocalization;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The Groups menu in either language. The running workbench's extension registry translates
 * %keys once, in the language Eclipse was started with ({@code -nl}); to see the other language
 * these tests build a registry of their own from the same plugin.xml files, translated by the
 * framework's own localisation of each bundle (its {@code Bundle-Localization} files), exactly
 * as Equinox fills the platform's registry.
 */
class WorkingGroupLanguagesTest {

	/** The key that lets these tests add to and stop the registries they make. */
	private static final Object REGISTRY_TOKEN = new Object();
	private static final List<String> ENGLISH_NAMES = List.of("Leading group office", "Checkpoints and traffic quarantine",
			"Key-person screening and quarantine", "Community control", "Medical treatment", "Materials and donations", "Funds",
			"Publicity", "Schools", "Supervision");
	private static final List<String> CHINESE_NAMES = List.of("领导小组办公室", "卡口防控和交通检疫组", "重点人员排查管控组", "社区防控组", "医疗救治组",
			"物资保障和捐赠组", "资金保障组", "宣传报道组", "学校防控组", "督查组");

	@Test
	void underChineseTheGroupsAreNamedAndDescribedInChinese() throws IOException {
		List<WorkingGroupContribution> groups = declaredGroups(registryIn(Locale.SIMPLIFIED_CHINESE));
		assertEquals(CHINESE_NAMES, groups.stream().map(WorkingGroupContribution::name).toList());
		for (WorkingGroupContribution group : groups) {
			assertTrue(Languages.hasChinese(group.description()), group.id() + ": " + group.description());
			for (WorkingGroupContribution.EditorContribution editor : group.editors()) {
				assertTrue(Languages.hasChinese(editor.name()), group.id() + ": " + editor.name());
			}
		}
		WorkingGroupContribution screening = groups.get(2);
		assertEquals(List.of("五包一每日体温", "重点人员", "隔离", "五包一包联人员", "体温监测", "发热人员追踪"),
				screening.editors().stream().map(WorkingGroupContribution.EditorContribution::name).toList());
	}

	@Test
	void underEnglishTheGroupsAreNamedAndDescribedInEnglishOnly() throws IOException {
		List<WorkingGroupContribution> groups = declaredGroups(registryIn(Locale.ENGLISH));
		assertEquals(ENGLISH_NAMES, groups.stream().map(WorkingGroupContribution::name).toList());
		for (WorkingGroupContribution group : groups) {
			assertFalse(group.description().isBlank() || Languages.hasChinese(group.description()), group.description());
			for (WorkingGroupContribution.EditorContribution editor : group.editors()) {
				assertFalse(Languages.hasChinese(editor.name()) || editor.name().startsWith("%"), editor.name());
			}
		}
	}

	@Test
	void theRunningWorkbenchReadsTheGroupsInTheLanguageItWasStartedWith() throws IOException {
		List<WorkingGroupContribution> running = WorkingGroupRegistry.read(Platform.getExtensionRegistry()).stream()
				.filter(g -> g.id().startsWith("org.cordon.group.")).toList();
		List<WorkingGroupContribution> rebuilt = declaredGroups(registryIn(Locale.getDefault()));
		assertEquals(rebuilt, running);
		assertTrue(running.stream().noneMatch(g -> g.name().startsWith("%") || g.description().startsWith("%")), running.toString());
	}

	/** The group bundles' declarations and the workbench's extension point, translated into one language. */
	private static IExtensionRegistry registryIn(Locale locale) throws IOException {
		IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), REGISTRY_TOKEN, null);
		BundleLocalization localization = localization();
		for (String symbolicName : Languages.LOCALISED_BUNDLES) {
			Bundle bundle = Languages.bundle(symbolicName);
			try (InputStream plugin = bundle.getEntry("plugin.xml").openStream()) {
				RegistryContributor contributor = new RegistryContributor(Long.toString(bundle.getBundleId()), symbolicName, null, null);
				boolean added = registry.addContribution(plugin, contributor, false, symbolicName,
						localization.getLocalization(bundle, locale.toString()), REGISTRY_TOKEN);
				assertTrue(added, symbolicName + "'s plugin.xml was read");
			}
		}
		return registry;
	}

	private static List<WorkingGroupContribution> declaredGroups(IExtensionRegistry registry) {
		try {
			return WorkingGroupRegistry.read(registry).stream().filter(g -> g.id().startsWith("org.cordon.group.")).toList();
		} finally {
			registry.stop(REGISTRY_TOKEN);
		}
	}

	private static BundleLocalization localization() {
		BundleContext context = FrameworkUtil.getBundle(WorkingGroupLanguagesTest.class).getBundleContext();
		ServiceReference<BundleLocalization> reference = context.getServiceReference(BundleLocalization.class);
		assertTrue(reference != null, "the framework offers its bundle localisation");
		return context.getService(reference);
	}
}
