package org.cordon.services.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.InvalidValueException;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.services.diagram.DiagramPositionService.Place;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramPositionServiceTest {

	@TempDir
	Path temp;

	private CordonDatabase database;
	private DiagramPositionService positions;

	@BeforeEach
	void openFreshDatabase() {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		positions = OsgiServices.await(DiagramPositionService.class);
	}

	@AfterEach
	void closeDatabase() {
		database.close();
	}

	@Test
	void pinsAreKeptPerDiagramAndCanBeMovedAndRemoved() {
		positions.update("pairing", Map.of("community/C-1", new Place(10, 20), "unit/U-1", new Place(5.5, 7)));
		positions.update("leadership", Map.of("community/C-1", new Place(1, 1)));
		positions.update("pairing", Map.of("community/C-1", new Place(30, 40)));
		assertEquals(Map.of("community/C-1", new Place(30, 40), "unit/U-1", new Place(5.5, 7)), positions.pinned("pairing"));

		Map<String, Place> unpin = new HashMap<>();
		unpin.put("unit/U-1", null);
		positions.update("pairing", unpin);
		assertEquals(List.of("community/C-1"), List.copyOf(positions.pinned("pairing").keySet()));
		assertEquals(Map.of("community/C-1", new Place(1, 1)), positions.pinned("leadership"));

		positions.unpinAll("pairing");
		assertEquals(Map.of(), positions.pinned("pairing"));
		assertEquals(1, positions.pinned("leadership").size());
	}

	@Test
	void aPlaceThatIsNoNumberIsRefusedAndNothingIsWritten() {
		assertThrows(InvalidValueException.class, () -> positions.update("pairing",
				Map.of("a", new Place(1, 2), "b", new Place(Double.NaN, 2))));
		assertEquals(Map.of(), positions.pinned("pairing"));
	}
}
