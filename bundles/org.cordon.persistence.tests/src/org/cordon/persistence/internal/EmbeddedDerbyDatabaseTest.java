package org.cordon.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.model.organisation.WorkingGroupKind;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.tests.common.SampleOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManager;

class EmbeddedDerbyDatabaseTest {

	@TempDir
	Path temp;

	private final EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase();

	@AfterEach
	void closeDatabase() {
		database.close();
	}

	@Test
	void organisationSurvivesShutdownAndReopen() {
		DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("data"));
		database.open(settings);
		SampleOrganisation sample = new SampleOrganisation("");
		EntityManager em = database.entityManagerFactory().createEntityManager();
		em.getTransaction().begin();
		sample.inStoringOrder().forEach(em::persist);
		em.getTransaction().commit();
		em.close();
		Map<String, String> written = describeAll(sample.inStoringOrder());

		database.close();
		assertTrue(database.current().isEmpty());
		assertTrue(Files.isDirectory(settings.databaseFolder()), "the database folder was created");

		database.open(settings);
		EntityManager reader = database.entityManagerFactory().createEntityManager();
		List<CordonEntity> read = reader.createQuery("select e from LeadingGroup e", CordonEntity.class).getResultList();
		read = new java.util.ArrayList<>(read);
		for (String entity : List.of("WorkingGroup", "Position", "Person", "CountyUnit", "Township", "Community", "Pairing")) {
			read.addAll(reader.createQuery("select e from " + entity + " e", CordonEntity.class).getResultList());
		}
		reader.close();

		assertEquals(written, describeAll(read));
	}

	@Test
	void everyRecordGetsAVersionAndItGrowsOnUpdate() {
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		LeadingGroup group = new LeadingGroup("LG", "领导小组");
		EntityManager em = database.entityManagerFactory().createEntityManager();
		em.getTransaction().begin();
		em.persist(group);
		em.getTransaction().commit();
		long first = group.getVersion();
		em.getTransaction().begin();
		group.setName("临县疫情防控工作领导小组");
		em.getTransaction().commit();
		em.close();
		assertTrue(group.getVersion() > first, "version " + first + " -> " + group.getVersion());
	}

	@Test
	void businessCodesAreUnique() {
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		EntityManager em = database.entityManagerFactory().createEntityManager();
		em.getTransaction().begin();
		em.persist(new LeadingGroup("SAME", "one"));
		em.persist(new LeadingGroup("SAME", "two"));
		assertThrows(RuntimeException.class, () -> em.getTransaction().commit());
		em.close();
		EntityManager reader = database.entityManagerFactory().createEntityManager();
		assertEquals(0L, reader.createQuery("select count(l) from LeadingGroup l", Long.class).getSingleResult());
		reader.close();
	}

	@Test
	void aDataFolderThatCannotBeCreatedIsOneClearSentence() throws Exception {
		Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
		DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
				() -> database.open(DatabaseSettings.embedded(file.resolve("data"))));
		assertTrue(e.getMessage().startsWith("Cordon cannot create its data folder " + file.resolve("data")), e.getMessage());
		assertOneSentence(e.getMessage());
		assertTrue(database.current().isEmpty());
	}

	@Test
	void aDatabaseHeldByAnotherProcessIsOneClearSentence() throws Exception {
		Path data = temp.resolve("data");
		database.open(DatabaseSettings.embedded(data));
		database.close();
		try (DerbyInAnotherProcess other = DerbyInAnotherProcess.holding(data.resolve("db"))) {
			DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
					() -> database.open(DatabaseSettings.embedded(data)));
			assertEquals("The Cordon database in " + data.toAbsolutePath()
					+ " is in use by another Cordon process; close it or use a shared server database.", e.getMessage());
			assertTrue(database.current().isEmpty());
		}
		// Once the other process is gone, the database opens again with nothing lost.
		database.open(DatabaseSettings.embedded(data));
		assertNotNull(database.entityManagerFactory());
	}

	@Test
	void errorsAreReducedToTheMostSpecificMessage() {
		Exception chain = new RuntimeException("outer", new IllegalStateException("Table X does not exist.\nmore detail"));
		assertEquals("Table X does not exist", DatabaseErrors.deepestMessage(chain));
		assertNull(DatabaseErrors.findSqlException(chain, DatabaseErrors.DATABASE_IN_USE));
	}

	@Test
	void workingGroupKindsArePersistedByName() {
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		SampleOrganisation sample = new SampleOrganisation("");
		EntityManager em = database.entityManagerFactory().createEntityManager();
		em.getTransaction().begin();
		sample.inStoringOrder().forEach(em::persist);
		em.getTransaction().commit();
		Object kind = em.createNativeQuery("select KIND from WORKING_GROUP where CODE = 'G-OFFICE'").getSingleResult();
		em.close();
		assertEquals(WorkingGroupKind.OFFICE.name(), kind);
	}

	@Test
	void aBackupRestoresTheDatabaseAsItWasWhenTaken() throws Exception {
		DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("data"));
		database.open(settings);
		store(new LeadingGroup("LG-A", "备份之前"));
		Path copy = database.backup(temp.resolve("backup"));
		assertTrue(Files.isRegularFile(copy.resolve("service.properties")), "a Derby database was copied to " + copy);
		store(new LeadingGroup("LG-B", "备份之后"));
		assertEquals(List.of("LG-A", "LG-B"), leadingGroupCodes());

		database.restore(settings, temp.resolve("backup"));
		assertTrue(database.current().isEmpty(), "restore leaves the database closed");
		database.open(settings);
		assertEquals(List.of("LG-A"), leadingGroupCodes());
	}

	@Test
	void restoringFromAFolderWithoutABackupChangesNothing() {
		DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("data"));
		database.open(settings);
		store(new LeadingGroup("LG-A", "原样"));
		DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
				() -> database.restore(settings, temp.resolve("nothing-here")));
		assertOneSentence(e.getMessage());
		assertTrue(e.getMessage().contains("holds no Cordon backup"), e.getMessage());
		database.open(settings);
		assertEquals(List.of("LG-A"), leadingGroupCodes());
	}

	@Test
	void aDamagedDatabaseIsOneSentenceThatPointsToRestore() throws Exception {
		DatabaseSettings settings = DatabaseSettings.embedded(temp.resolve("data"));
		database.open(settings);
		store(new LeadingGroup("LG-A", "损坏之前"));
		database.close();
		Files.writeString(settings.databaseFolder().resolve("service.properties"), "\u0000\u0001 not what Derby wrote");
		try (var logs = Files.list(settings.databaseFolder().resolve("log"))) {
			for (Path log : logs.toList()) {
				Files.write(log, new byte[] { 1, 2, 3 });
			}
		}
		DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> database.open(settings));
		assertTrue(e.getMessage().startsWith("The Cordon database in " + settings.dataFolder() + " cannot be started"), e.getMessage());
		assertTrue(e.getMessage().endsWith("restore a backup with 'cordon db restore --from DIR'."), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	private void store(LeadingGroup group) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		em.getTransaction().begin();
		em.persist(group);
		em.getTransaction().commit();
		em.close();
	}

	private List<String> leadingGroupCodes() {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			return em.createQuery("select l.code from LeadingGroup l order by l.code", String.class).getResultList();
		} finally {
			em.close();
		}
	}

	private static void assertOneSentence(String message) {
		assertFalse(message.contains("\n"), message);
		assertFalse(message.contains("Exception"), message);
		assertTrue(message.endsWith("."), message);
	}

	/** Every record as "Type code" → its significant fields, references by code. */
	private static Map<String, String> describeAll(List<? extends CordonEntity> records) {
		return records.stream().collect(Collectors.toMap(r -> r.getClass().getSimpleName() + " " + r.getCode(),
				EmbeddedDerbyDatabaseTest::describe, (a, b) -> a, java.util.TreeMap::new));
	}

	private static String describe(CordonEntity record) {
		Function<CordonEntity, String> code = r -> r == null ? "-" : r.getCode();
		String own = record.getDisplayName() + " v" + record.getVersion();
		if (record instanceof WorkingGroup g) {
			return own + " " + g.getKind() + " " + code.apply(g.getLeadingGroup()) + " host " + code.apply(g.getHostUnit());
		}
		if (record instanceof Position p) {
			return own + " " + p.getRole() + " " + code.apply(p.getLeadingGroup()) + " " + code.apply(p.getWorkingGroup())
					+ " " + code.apply(p.getHolder());
		}
		if (record instanceof Community c) {
			return own + " " + code.apply(c.getTownship()) + " " + c.getHouseholds();
		}
		if (record instanceof Pairing p) {
			return own + " " + code.apply(p.getUnit()) + " " + code.apply(p.getCommunity()) + " " + p.getSince();
		}
		return own;
	}
}
