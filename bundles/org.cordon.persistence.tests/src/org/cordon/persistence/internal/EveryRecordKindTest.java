package org.cordon.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.cordon.model.CordonEntity;
import org.cordon.model.InvalidValueException;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.screening.FollowUpRole;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.TemperatureReport;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.tests.common.SampleRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

/**
 * Every kind of record the working groups keep goes into Derby and comes back as it was: the
 * schema EclipseLink creates from the mappings has to accept every table and column name.
 */
class EveryRecordKindTest {

	@TempDir
	Path temp;

	private final EmbeddedDerbyDatabase database = new EmbeddedDerbyDatabase();
	private DatabaseSettings settings;

	@BeforeEach
	void openDatabase() {
		settings = DatabaseSettings.embedded(temp.resolve("data"));
		database.open(settings);
	}

	@AfterEach
	void closeDatabase() {
		database.close();
	}

	@Test
	void thePersistenceUnitHasEveryKindOfRecordOnce() {
		Set<Class<?>> mapped = database.entityManagerFactory().getMetamodel().getEntities().stream()
				.map(EntityType::getJavaType).filter(CordonEntity.class::isAssignableFrom).collect(Collectors.toSet());
		Set<Class<?>> sampled = new SampleRecords("").inStoringOrder().stream().map(Object::getClass).collect(Collectors.toSet());
		assertEquals(sampled, mapped, "persistence.xml lists the kinds SampleRecords has one of each of");
	}

	@Test
	void everyKindSurvivesShutdownAndReopen() {
		SampleRecords sample = new SampleRecords("");
		inTransaction(em -> sample.inStoringOrder().forEach(em::persist));
		Map<String, String> written = describeAll(sample.inStoringOrder());

		database.close();
		database.open(settings);
		EntityManager reader = database.entityManagerFactory().createEntityManager();
		List<CordonEntity> read = new ArrayList<>();
		for (EntityType<?> type : database.entityManagerFactory().getMetamodel().getEntities()) {
			if (!CordonEntity.class.isAssignableFrom(type.getJavaType())) {
				continue; // the audit trail is no record kind
			}
			read.addAll(reader.createQuery("select e from " + type.getName() + " e", CordonEntity.class).getResultList());
		}
		reader.close();

		assertEquals(written, describeAll(read));
	}

	@Test
	void aCountWrittenOverJdbcIsReadAsARecord() {
		SampleRecords sample = new SampleRecords("");
		inTransaction(em -> sample.inStoringOrder().forEach(em::persist));
		LocalDate feb2 = SampleRecords.FEB_1.plusDays(1);
		String code = CheckpointCount.codeFor(sample.expresswayExit.getCode(), feb2);
		inTransaction(em -> em.createNativeQuery("insert into CHECKPOINT_COUNT (ID, CODE, VERSION, COUNT_DATE, CHECKPOINT_ID, "
				+ "VEHICLES, PERSONS, FEVER) values (900001, ?, 1, DATE('2020-02-02'), ?, 390, 801, 0)")
				.setParameter(1, code).setParameter(2, sample.expresswayExit.getId()).executeUpdate());

		EntityManager reader = database.entityManagerFactory().createEntityManager();
		CheckpointCount count = reader.createQuery("select c from CheckpointCount c where c.code = :code", CheckpointCount.class)
				.setParameter("code", code).getSingleResult();
		assertEquals(feb2, count.getDate());
		assertEquals(sample.expresswayExit.getCode(), count.getCheckpoint().getCode());
		assertEquals(List.of(390, 801, 0), List.of(count.getVehicles(), count.getPersons(), count.getFever()));
		List<?> uniqueConstraints = reader.createNativeQuery("select c.CONSTRAINTNAME from SYS.SYSCONSTRAINTS c join SYS.SYSTABLES t "
				+ "on c.TABLEID = t.TABLEID where t.TABLENAME = 'CHECKPOINT_COUNT' and c.TYPE = 'U'").getResultList();
		reader.close();
		assertTrue(uniqueConstraints.contains("CHECKPOINT_COUNT_DAY"), "unique constraints " + uniqueConstraints);
	}

	@Test
	void aCheckpointIsCountedOncePerDay() {
		SampleRecords sample = new SampleRecords("");
		inTransaction(em -> sample.inStoringOrder().forEach(em::persist));
		EntityManager em = database.entityManagerFactory().createEntityManager();
		em.getTransaction().begin();
		// Another code for the sample's checkpoint and day, so that only the day's constraint can object.
		assertThrows(RuntimeException.class, () -> em.createNativeQuery("insert into CHECKPOINT_COUNT (ID, CODE, VERSION, COUNT_DATE, "
				+ "CHECKPOINT_ID, VEHICLES, PERSONS, FEVER) values (900002, 'another', 1, DATE('2020-02-01'), ?, 1, 1, 0)")
				.setParameter(1, sample.expresswayExit.getId()).executeUpdate());
		em.getTransaction().rollback();
		em.close();
	}

	@Test
	void theCountTableIsIndexedByKeyDayAndCheckpointButNotByItsDerivedCode() {
		EntityManager reader = database.entityManagerFactory().createEntityManager();
		List<?> countConstraints = reader.createNativeQuery("select c.TYPE from SYS.SYSCONSTRAINTS c join SYS.SYSTABLES t "
				+ "on c.TABLEID = t.TABLEID where t.TABLENAME = 'CHECKPOINT_COUNT' order by c.TYPE").getResultList();
		List<?> checkpointUniques = reader.createNativeQuery("select c.CONSTRAINTNAME from SYS.SYSCONSTRAINTS c join SYS.SYSTABLES t "
				+ "on c.TABLEID = t.TABLEID where t.TABLENAME = 'CHECKPOINT' and c.TYPE = 'U'").getResultList();
		reader.close();
		// key, checkpoint (foreign key), day: each index costs a sort of every row in a bulk load
		assertEquals(List.of("F", "P", "U"), countConstraints.stream().map(String::valueOf).toList());
		assertEquals(1, checkpointUniques.size(), "a record typed by hand keeps its unique code: " + checkpointUniques);
	}

	@Test
	void aRecordFilledInColumnByColumnTakesItsDerivedCodeWhenStored() {
		SampleRecords sample = new SampleRecords("");
		inTransaction(em -> sample.inStoringOrder().forEach(em::persist));
		TemperatureReport imported = new TemperatureReport();
		imported.setDate(SampleRecords.FEB_1);
		imported.setRole(FollowUpRole.POLICE_OFFICER);
		imported.setTemperatureC(new BigDecimal("36.9"));
		inTransaction(em -> {
			imported.setKeyPerson(em.find(KeyPerson.class, sample.student.getId()));
			em.persist(imported);
		});
		EntityManager reader = database.entityManagerFactory().createEntityManager();
		TemperatureReport read = reader.createQuery("select r from TemperatureReport r where r.role = :role", TemperatureReport.class)
				.setParameter("role", FollowUpRole.POLICE_OFFICER).getSingleResult();
		reader.close();
		assertEquals("KP-17/police_officer@2020-02-01", read.getCode());
		assertEquals(new BigDecimal("36.9"), read.getTemperatureC());
	}

	@Test
	void anInvalidRecordIsNotStored() {
		SampleRecords sample = new SampleRecords("");
		sample.expresswayExitCount.setFever(sample.expresswayExitCount.getPersons() + 1);
		EntityManager em = database.entityManagerFactory().createEntityManager();
		em.getTransaction().begin();
		RuntimeException refused = assertThrows(RuntimeException.class, () -> {
			sample.inStoringOrder().forEach(em::persist);
			em.flush();
		});
		InvalidValueException reason = causeOfType(refused, InvalidValueException.class);
		assertNotNull(reason, "refused for a reason the user can read: " + refused);
		assertEquals("fever", reason.getField());
		assertEquals("exceeds", reason.getMessageKey());
		em.getTransaction().rollback();
		em.close();
		assertEquals(0L, count("CheckpointCount"));
	}

	@Test
	void aStoredRecordKeepsItsCodeAndItsKey() {
		SampleRecords sample = new SampleRecords("");
		inTransaction(em -> sample.inStoringOrder().forEach(em::persist));
		InvalidValueException fixed = assertThrows(InvalidValueException.class, () -> sample.masks.setCode("M-OTHER"));
		assertEquals("codeFixed", fixed.getMessageKey());

		EntityManager em = database.entityManagerFactory().createEntityManager();
		CheckpointCount stored = em.find(CheckpointCount.class, sample.expresswayExitCount.getId());
		em.getTransaction().begin();
		stored.setDate(SampleRecords.FEB_1.plusDays(1));
		RuntimeException refused = assertThrows(RuntimeException.class, () -> em.getTransaction().commit());
		assertNotNull(causeOfType(refused, InvalidValueException.class), "refused by the record's own rule: " + refused);
		if (em.getTransaction().isActive()) {
			em.getTransaction().rollback();
		}
		em.close();

		EntityManager reader = database.entityManagerFactory().createEntityManager();
		assertEquals(SampleRecords.FEB_1, reader.find(CheckpointCount.class, sample.expresswayExitCount.getId()).getDate());
		reader.close();
	}

	private void inTransaction(Consumer<EntityManager> work) {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			em.getTransaction().begin();
			work.accept(em);
			em.getTransaction().commit();
		} finally {
			if (em.getTransaction().isActive()) {
				em.getTransaction().rollback();
			}
			em.close();
		}
	}

	private long count(String entity) {
		EntityManager reader = database.entityManagerFactory().createEntityManager();
		try {
			return reader.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
		} finally {
			reader.close();
		}
	}

	private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** Every record as "Type code" → all its persistent fields, references by code. */
	private static Map<String, String> describeAll(List<? extends CordonEntity> records) {
		Map<String, String> described = new TreeMap<>();
		for (CordonEntity record : records) {
			described.put(record.getClass().getSimpleName() + " " + record.getCode(), describe(record));
		}
		return described;
	}

	private static String describe(CordonEntity record) {
		StringBuilder description = new StringBuilder(record.getDisplayName()).append(" v").append(record.getVersion());
		for (Field field : record.getClass().getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			field.setAccessible(true);
			Object value;
			try {
				value = field.get(record);
			} catch (IllegalAccessException e) {
				throw new AssertionError(e);
			}
			if (value instanceof CordonEntity reference) {
				value = reference.getCode();
			} else if (value instanceof BigDecimal decimal) {
				value = decimal.toPlainString();
			}
			description.append(' ').append(field.getName()).append('=').append(value);
		}
		return description.toString();
	}
}
