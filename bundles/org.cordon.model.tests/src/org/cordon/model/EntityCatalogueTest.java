package org.cordon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.cordon.model.checkpoints.Checkpoint;
import org.cordon.model.checkpoints.CheckpointCount;
import org.cordon.model.community.BuildingLeader;
import org.cordon.model.diagram.DiagramPosition;
import org.cordon.model.funds.Expenditure;
import org.cordon.model.funds.FundAllocation;
import org.cordon.model.materials.Donation;
import org.cordon.model.materials.Donor;
import org.cordon.model.materials.MaterialItem;
import org.cordon.model.materials.StockIssue;
import org.cordon.model.materials.StockReceipt;
import org.cordon.model.medical.FeverClinic;
import org.cordon.model.medical.MedicalTeam;
import org.cordon.model.medical.MedicalTeamMember;
import org.cordon.model.office.Meeting;
import org.cordon.model.office.OfficeDocument;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.model.publicity.PublicityDistribution;
import org.cordon.model.publicity.PublicityItem;
import org.cordon.model.schools.School;
import org.cordon.model.screening.DailyReport;
import org.cordon.model.screening.FeverCase;
import org.cordon.model.screening.FollowUpMember;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.Quarantine;
import org.cordon.model.screening.TemperatureReport;
import org.cordon.model.supervision.Finding;
import org.cordon.model.supervision.Inspection;
import org.cordon.model.supervision.Rectification;
import org.cordon.model.volunteers.Volunteer;
import org.cordon.model.volunteers.VolunteerTeam;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The conventions every record of the model keeps, checked on each entity class. */
class EntityCatalogueTest {

	/**
	 * Every entity, as org.cordon.persistence/META-INF/persistence.xml lists them; this fragment
	 * cannot see that file, so the two lists are kept alike by hand.
	 */
	static final List<Class<? extends CordonEntity>> ENTITIES = List.of(
			LeadingGroup.class, WorkingGroup.class, Position.class, Person.class, CountyUnit.class, Township.class,
			Community.class, Pairing.class,
			Checkpoint.class, CheckpointCount.class,
			KeyPerson.class, Quarantine.class, FollowUpMember.class, TemperatureReport.class, DailyReport.class,
			FeverCase.class,
			BuildingLeader.class,
			FeverClinic.class, MedicalTeam.class, MedicalTeamMember.class,
			Donor.class, Donation.class, MaterialItem.class, StockReceipt.class, StockIssue.class,
			FundAllocation.class, Expenditure.class,
			PublicityItem.class, PublicityDistribution.class,
			School.class,
			Meeting.class, OfficeDocument.class,
			Inspection.class, Finding.class, Rectification.class,
			VolunteerTeam.class, Volunteer.class,
			DiagramPosition.class);

	/** Words the entities must not use as column names: SQL reserves some, and the rest invite trouble. */
	private static final Set<String> RISKY_COLUMN_NAMES = Set.of("DATE", "TIME", "START", "END", "OPEN", "LEVEL", "ORDER",
			"NUMBER", "VALUE", "YEAR", "USER", "TYPE", "GROUP", "KEY", "SIZE", "CHECK", "CURRENT", "FIRST", "LAST");

	@Test
	void everyRecordIsAnEntityWithAUniqueCodeAndAVersion() throws Exception {
		Field code = CordonEntity.class.getDeclaredField("code");
		assertTrue(code.getAnnotation(Column.class).unique());
		assertFalse(code.getAnnotation(Column.class).nullable());
		assertEquals(CordonEntity.CODE_LENGTH, code.getAnnotation(Column.class).length());
		assertTrue(CordonEntity.class.getDeclaredField("version").isAnnotationPresent(Version.class));
		assertTrue(CordonEntity.class.getDeclaredField("id").isAnnotationPresent(Id.class));
		for (Class<? extends CordonEntity> type : ENTITIES) {
			assertTrue(type.isAnnotationPresent(Entity.class), type + " is an entity");
			assertEquals(CordonEntity.class, type.getSuperclass(), type + " extends CordonEntity");
		}
	}

	@Test
	void everyEntityOfTheModelIsInTheList() throws Exception {
		Bundle model = FrameworkUtil.getBundle(CordonEntity.class);
		assertNotNull(model, "the model runs as a bundle");
		Set<String> found = new TreeSet<>();
		Set<String> notRecords = new TreeSet<>();
		// Through the class path, so it works whether the bundle is a jar or a build folder.
		for (String path : model.adapt(BundleWiring.class).listResources("org/cordon/model", "*.class",
				BundleWiring.LISTRESOURCES_RECURSE)) {
			String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
			Class<?> type = name.contains("$") ? null : model.loadClass(name);
			if (type != null && type.isAnnotationPresent(Entity.class)) {
				(CordonEntity.class.isAssignableFrom(type) ? found : notRecords).add(name);
			}
		}
		Set<String> listed = new TreeSet<>();
		ENTITIES.forEach(type -> listed.add(type.getName()));
		assertEquals(listed, found);
		// The audit trail describes records; it is not one itself (no code, never edited, never audited).
		assertEquals(Set.of(AuditEntry.class.getName()), notRecords);
		assertEquals(ENTITIES.size(), new HashSet<>(ENTITIES).size(), "no entity is listed twice");
	}

	@Test
	void tablesAreNamedInUpperSnakeCase() {
		Set<String> tables = new HashSet<>();
		for (Class<? extends CordonEntity> type : ENTITIES) {
			Table table = type.getAnnotation(Table.class);
			assertNotNull(table, type + " names its table");
			assertEquals(upperSnake(type.getSimpleName()), table.name(), type.getName());
			assertTrue(tables.add(table.name()), table.name() + " is used once");
		}
	}

	@Test
	void theImporterCanCreateEveryRecordAndCompleteItLater() throws Exception {
		for (Class<? extends CordonEntity> type : ENTITIES) {
			CordonEntity empty = type.getConstructor().newInstance();
			assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), type + " has a public no-argument constructor");
			assertNotNull(empty.toString(), "an empty record has a label");
			InvalidValueException refused = assertThrows(InvalidValueException.class, empty::validate,
					type + " refuses to be stored empty");
			assertEquals("required", refused.getMessageKey(), type + ": " + refused.getMessage());
		}
	}

	@Test
	void everyEntityValidatesBeforeInsertAndUpdate() throws Exception {
		for (Class<? extends CordonEntity> type : ENTITIES) {
			Method validate = type.getDeclaredMethod("validate");
			assertTrue(Modifier.isPublic(validate.getModifiers()), type + ".validate() is public");
			assertTrue(validate.isAnnotationPresent(PrePersist.class), type + ".validate() runs before insert");
			assertTrue(validate.isAnnotationPresent(PreUpdate.class), type + ".validate() runs before update");
		}
	}

	@Test
	void columnsAreMappedTheWayTheConventionsSay() {
		for (Class<? extends CordonEntity> type : ENTITIES) {
			List<String> columns = new ArrayList<>();
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers())) {
					continue;
				}
				String where = type.getSimpleName() + "." + field.getName();
				if (field.isAnnotationPresent(ManyToOne.class)) {
					JoinColumn join = field.getAnnotation(JoinColumn.class);
					assertNotNull(join, where + " names its join column");
					assertTrue(join.name().endsWith("_ID"), where + " joins on " + join.name());
					columns.add(join.name());
					continue;
				}
				Column column = field.getAnnotation(Column.class);
				String name = column == null || column.name().isEmpty() ? field.getName().toUpperCase(Locale.ROOT) : column.name();
				assertFalse(RISKY_COLUMN_NAMES.contains(name), where + " is stored in a column named " + name);
				columns.add(name);
				if (field.getType().isEnum()) {
					Enumerated enumerated = field.getAnnotation(Enumerated.class);
					assertNotNull(enumerated, where + " says how it is stored");
					assertEquals(EnumType.STRING, enumerated.value(), where + " is stored by name");
				}
				if (field.getType() == BigDecimal.class) {
					assertNotNull(column, where + " gives its precision");
					assertTrue(column.precision() > 0 && column.scale() > 0, where + " gives its precision and scale");
					if (field.getName().endsWith("Yuan")) {
						assertEquals(14, column.precision(), where);
						assertEquals(2, column.scale(), where);
					}
				}
			}
			assertEquals(columns.size(), new HashSet<>(columns).size(), type + " uses each column once: " + columns);
		}
	}

	private static String upperSnake(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}
}
