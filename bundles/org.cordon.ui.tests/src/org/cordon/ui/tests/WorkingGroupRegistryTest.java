package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cordon.ui.workinggroups.WorkingGroupContribution;
import org.cordon.ui.workinggroups.WorkingGroupRegistry;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

class WorkingGroupRegistryTest {

	@Test
	void readsDeclaredGroupsInTheirOrderAndLeavesOutIncompleteOnes() {
		List<WorkingGroupContribution> groups = WorkingGroupRegistry.read(Platform.getExtensionRegistry()).stream()
				.filter(g -> g.id().startsWith("org.cordon.ui.tests.")).toList();
		assertEquals(List.of("org.cordon.ui.tests.office", "org.cordon.ui.tests.checkpoints"),
				groups.stream().map(WorkingGroupContribution::id).toList());

		WorkingGroupContribution checkpoints = groups.get(1);
		assertEquals("Checkpoints (test)", checkpoints.name());
		assertEquals("G-CHECKPOINTS", checkpoints.code());
		assertEquals("org.cordon.ui.perspectives.organisation", checkpoints.perspectiveId());
		// Equinox names a fragment's contributions after its host.
		assertEquals("org.cordon.ui", checkpoints.contributor());
		assertEquals("Checkpoints by level and their daily counts.", checkpoints.description());
		assertEquals(List.of(new WorkingGroupContribution.EditorContribution("org.cordon.ui.tests.editors.counts", "Daily counts",
				"org.cordon.model.organisation.Township", "townships")), checkpoints.editors());
	}
}
