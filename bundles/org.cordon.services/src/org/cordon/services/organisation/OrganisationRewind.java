package org.cordon.services.organisation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.AuditEntry;
import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;

import jakarta.persistence.Transient;

/**
 * The organisation as it was at a past moment: today's records, with the audit trail written
 * after that moment undone newest first — a change gets its old value back, a creation is taken
 * away, a deletion is brought back from the values its lines kept. Records are handled as field
 * texts, the form the trail writes ({@link AuditEntry#valueText}), and only turned into objects at
 * the end: new, detached objects that were never persisted and must never be saved.
 */
final class OrganisationRewind {

	/** The organisation's kinds, each after the kinds it refers to. */
	static final List<Class<? extends CordonEntity>> KINDS = List.of(LeadingGroup.class, CountyUnit.class, Township.class,
			Person.class, WorkingGroup.class, Position.class, Community.class, Pairing.class);

	private static final List<String> NOT_REWOUND = List.of("id", "version", "code");

	private final Map<String, Class<? extends CordonEntity>> kindsByName;
	/** Per kind, per code: the record's fields as texts; a missing field had no value. */
	private final Map<Class<? extends CordonEntity>, Map<String, Map<String, String>>> records = new LinkedHashMap<>();

	/**
	 * @param kindsByName the organisation's kinds under the entity names the trail uses
	 */
	OrganisationRewind(OrganisationSnapshot now, Map<String, Class<? extends CordonEntity>> kindsByName) {
		this.kindsByName = Map.copyOf(kindsByName);
		KINDS.forEach(kind -> records.put(kind, new LinkedHashMap<>()));
		List<List<? extends CordonEntity>> lists = List.of(now.leadingGroups(), now.units(), now.townships(), now.persons(),
				now.workingGroups(), now.positions(), now.communities(), now.pairings());
		for (List<? extends CordonEntity> list : lists) {
			for (CordonEntity record : list) {
				Map<String, String> fields = new HashMap<>();
				for (Field field : fieldsOf(record.getClass())) {
					String text = AuditEntry.valueText(read(field, record));
					if (text != null) {
						fields.put(field.getName(), text);
					}
				}
				records.get(record.getClass()).put(record.getCode(), fields);
			}
		}
	}

	/** Undoes the lines, which must come newest first. Lines of other kinds are passed over. */
	void undo(List<AuditEntry> newestFirst) {
		for (AuditEntry entry : newestFirst) {
			Class<? extends CordonEntity> kind = kindsByName.get(entry.getRecordKind());
			if (kind == null) {
				continue;
			}
			Map<String, Map<String, String>> ofKind = records.get(kind);
			switch (entry.getAction()) {
			case CREATED -> ofKind.remove(entry.getRecordCode());
			case CHANGED -> {
				Map<String, String> fields = ofKind.get(entry.getRecordCode());
				if (fields != null && entry.getFieldName() != null) {
					put(fields, entry.getFieldName(), entry.getOldValue());
				}
			}
			case DELETED -> {
				Map<String, String> fields = ofKind.computeIfAbsent(entry.getRecordCode(), code -> new HashMap<>());
				if (entry.getFieldName() != null) {
					put(fields, entry.getFieldName(), entry.getOldValue());
				}
			}
			}
		}
	}

	/**
	 * The rewound records as objects. A record that cannot be made complete is left out, and so is
	 * one that needs it: a deletion written before the trail kept deleted values cannot be undone.
	 */
	OrganisationSnapshot result() {
		Map<Class<? extends CordonEntity>, Map<String, CordonEntity>> made = new HashMap<>();
		for (Class<? extends CordonEntity> kind : KINDS) {
			Map<String, CordonEntity> ofKind = new LinkedHashMap<>();
			for (Map.Entry<String, Map<String, String>> record : records.get(kind).entrySet()) {
				CordonEntity entity = make(kind, record.getKey(), record.getValue(), made);
				if (entity != null) {
					ofKind.put(record.getKey(), entity);
				}
			}
			made.put(kind, ofKind);
		}
		return new OrganisationSnapshot(
				sorted(made, LeadingGroup.class, Comparator.comparing(LeadingGroup::getCode)),
				sorted(made, WorkingGroup.class, Comparator.comparing((WorkingGroup g) -> g.getKind().name()).reversed()
						.thenComparingInt(WorkingGroup::getSortOrder).thenComparing(WorkingGroup::getCode)),
				sorted(made, Position.class, Comparator.comparing(Position::getRole).thenComparingInt(Position::getSortOrder)
						.thenComparing(Position::getCode)),
				sorted(made, Person.class, Comparator.comparing(Person::getCode)),
				sorted(made, Township.class, Comparator.comparingInt(Township::getSortOrder).thenComparing(Township::getCode)),
				sorted(made, Community.class, Comparator.comparing(Community::getCode)),
				sorted(made, CountyUnit.class, Comparator.comparing(CountyUnit::getCode)),
				sorted(made, Pairing.class, Comparator.comparing(Pairing::getCode)));
	}

	private static void put(Map<String, String> fields, String name, String text) {
		if (text == null) {
			fields.remove(name);
		} else {
			fields.put(name, text);
		}
	}

	private static CordonEntity make(Class<? extends CordonEntity> kind, String code, Map<String, String> texts,
			Map<Class<? extends CordonEntity>, Map<String, CordonEntity>> made) {
		try {
			var constructor = kind.getDeclaredConstructor();
			constructor.setAccessible(true);
			CordonEntity entity = constructor.newInstance();
			entity.setCode(code);
			for (Field field : fieldsOf(kind)) {
				String text = texts.get(field.getName());
				if (text != null) {
					field.set(entity, valueOf(field.getType(), text, made));
				}
			}
			entity.validate();
			return entity;
		} catch (IllegalArgumentException | java.time.DateTimeException e) {
			// An incomplete record (InvalidValueException) or a value the trail cut or cannot give back.
			return null;
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot make a " + kind.getSimpleName() + " of the past: " + e.getMessage(), e);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object valueOf(Class<?> type, String text, Map<Class<? extends CordonEntity>, Map<String, CordonEntity>> made) {
		if (CordonEntity.class.isAssignableFrom(type)) {
			// A record that did not exist then (or could not be brought back) leaves the reference empty.
			return made.getOrDefault(type, Map.of()).get(text);
		}
		if (type == String.class) {
			return text;
		}
		if (type == int.class || type == Integer.class) {
			return Integer.valueOf(text);
		}
		if (type == long.class || type == Long.class) {
			return Long.valueOf(text);
		}
		if (type == boolean.class || type == Boolean.class) {
			return Boolean.valueOf(text);
		}
		if (type == double.class || type == Double.class) {
			return Double.valueOf(text);
		}
		if (type == BigDecimal.class) {
			return new BigDecimal(text);
		}
		if (type == LocalDate.class) {
			return LocalDate.parse(text);
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime.parse(text);
		}
		if (type.isEnum()) {
			return Enum.valueOf((Class<? extends Enum>) type, text);
		}
		throw new IllegalStateException("a field of type " + type.getName() + " cannot be read back from the audit trail");
	}

	/** The persistent fields a record's state is made of, but its key, code and version. */
	private static List<Field> fieldsOf(Class<?> kind) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> type = kind; type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Transient.class)
						|| NOT_REWOUND.contains(field.getName()) || field.getName().startsWith("_persistence")
						|| java.util.Collection.class.isAssignableFrom(field.getType())) {
					continue;
				}
				field.setAccessible(true);
				fields.add(field);
			}
		}
		return fields;
	}

	private static Object read(Field field, Object record) {
		try {
			return field.get(record);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private static <T extends CordonEntity> List<T> sorted(Map<Class<? extends CordonEntity>, Map<String, CordonEntity>> made,
			Class<T> kind, Comparator<T> order) {
		return made.get(kind).values().stream().map(kind::cast).sorted(order).toList();
	}
}
