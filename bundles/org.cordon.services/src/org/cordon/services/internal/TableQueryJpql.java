package org.cordon.services.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.cordon.services.records.TableQuery;
import org.cordon.services.records.TableQuery.Contains;
import org.cordon.services.records.TableQuery.Match;
import org.cordon.services.records.TableQuery.OneOf;
import org.cordon.services.records.TableQuery.ReferenceContains;
import org.cordon.services.records.TableQuery.Within;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;

/**
 * A {@link TableQuery} as JPQL: the filter's matches or-ed, the typed text a LIKE pattern with its
 * own wildcards escaped. Attributes are checked against the metamodel, so a query names only what
 * is mapped.
 * <p>
 * The database sorts only by an attribute that leads one of the table's indexes (a date, for the
 * big kinds), where it reads the ids from the index in order. By anything else the ids come with
 * their sort keys, unordered, and are sorted here: at 1.36 million temperature reports Derby's
 * external sort took 6 to 9 s by code or temperature and 12 to 20 s by the key person's name (a
 * join of every row), reading the pairs and sorting them in memory about a second. A descending
 * order is the ascending one reversed, ties included, so it costs no more and the index serves it.
 */
public final class TableQueryJpql {

	private static final char ESCAPE = '!';

	private final EntityManager em;
	private final TableQuery query;
	private final EntityType<?> entity;
	private final Map<String, Object> parameters = new LinkedHashMap<>();
	private final String where;

	public TableQueryJpql(EntityManager em, TableQuery query) {
		this.em = em;
		this.query = query;
		this.entity = em.getMetamodel().entity(query.type());
		this.where = where();
	}

	/** The ids in the table's order. */
	public long[] ids() {
		long[] ids = sortsInDatabase() ? idsSortedByTheDatabase() : idsSortedHere();
		if (!query.ascending()) {
			reverse(ids);
		}
		return ids;
	}

	/**
	 * The first ids in the table's order where an index gives them without a look at the other
	 * rows: sorted in the database and ascending (Derby reads no index backwards). Else none.
	 */
	public long[] firstIds(int limit) {
		if (!query.ascending() || !sortsInDatabase()) {
			return new long[0];
		}
		List<Long> ids = orderedByTheDatabase().setMaxResults(limit).getResultList();
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	/** Whether the sort attribute leads an index the entity declares, so the database reads the ids in order. */
	boolean sortsInDatabase() {
		Attribute<?, ?> sorted = checkAttribute(entity, query.sortBy());
		if (sorted.isAssociation()) {
			return false;
		}
		String column = columnOf(sorted);
		Table table = query.type().getAnnotation(Table.class);
		if (table == null) {
			return false;
		}
		for (Index index : table.indexes()) {
			String leading = index.columnList().split(",")[0].trim().split("\\s+")[0];
			if (leading.equalsIgnoreCase(column)) {
				return true;
			}
		}
		return false;
	}

	private static String columnOf(Attribute<?, ?> attribute) {
		if (attribute.getJavaMember() instanceof Field field) {
			Column column = field.getAnnotation(Column.class);
			if (column != null && !column.name().isEmpty()) {
				return column.name();
			}
		}
		return attribute.getName();
	}

	private TypedQuery<Long> orderedByTheDatabase() {
		return bind(em.createQuery("select e.id from " + entity.getName() + " e" + where + " order by e." + query.sortBy() + " asc, e.id asc",
				Long.class));
	}

	private long[] idsSortedByTheDatabase() {
		try (Stream<Long> ids = orderedByTheDatabase().getResultStream()) {
			LongArray array = new LongArray();
			ids.forEach(array::add);
			return array.toArray();
		}
	}

	/**
	 * Each id with its key, sorted by key (an empty one last), then by id. A reference's key is its
	 * record's rank by name (or code): the referenced kind is read as (id, name) and ranked first,
	 * so no row is joined to its reference.
	 */
	private long[] idsSortedHere() {
		Attribute<?, ?> sorted = checkAttribute(entity, query.sortBy());
		Map<Long, Integer> ranks = sorted.isAssociation() ? ranksOf(sorted) : null;
		String key = sorted.isAssociation() ? "e." + query.sortBy() + ".id" : "e." + query.sortBy();
		List<Keyed> rows = new ArrayList<>();
		String referenced = ranks == null ? where : where + (where.isEmpty() ? " where " : " and ") + "e." + query.sortBy() + " is not null";
		try (Stream<Object[]> read = bind(em.createQuery("select e.id, " + key + " from " + entity.getName() + " e" + referenced, Object[].class))
				.getResultStream()) {
			read.forEach(row -> {
				Object value = row[1];
				if (ranks != null && value != null) {
					value = ranks.get(((Number) value).longValue());
				}
				rows.add(new Keyed((Comparable<?>) value, ((Number) row[0]).longValue()));
			});
		}
		// The path e.ref.id may be an inner join: the rows whose reference is left empty are read apart, to come last.
		if (ranks != null) {
			try (Stream<Long> unreferenced = bind(em.createQuery("select e.id from " + entity.getName() + " e" + where
					+ (where.isEmpty() ? " where " : " and ") + "e." + query.sortBy() + " is null", Long.class)).getResultStream()) {
				unreferenced.forEach(id -> rows.add(new Keyed(null, id)));
			}
		}
		rows.sort(Keyed.ORDER);
		long[] ids = new long[rows.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = rows.get(i).id();
		}
		return ids;
	}

	private Map<Long, Integer> ranksOf(Attribute<?, ?> reference) {
		String referenced = em.getMetamodel().entity(reference.getJavaType()).getName();
		String label = hasName(reference.getName()) ? "r.name" : "r.code";
		List<Keyed> records = new ArrayList<>();
		try (Stream<Object[]> read = em.createQuery("select r.id, " + label + " from " + referenced + " r", Object[].class).getResultStream()) {
			read.forEach(row -> records.add(new Keyed((Comparable<?>) row[1], ((Number) row[0]).longValue())));
		}
		records.sort(Keyed.ORDER);
		Map<Long, Integer> ranks = new HashMap<>(records.size() * 2);
		for (int i = 0; i < records.size(); i++) {
			ranks.put(records.get(i).id(), i);
		}
		return ranks;
	}

	/** An id and what it sorts by. */
	private record Keyed(Comparable<?> key, long id) {
		@SuppressWarnings({ "unchecked", "rawtypes" })
		static final Comparator<Keyed> ORDER = Comparator.<Keyed, Comparable> comparing(k -> (Comparable) k.key(),
				Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Keyed::id);
	}

	private static void reverse(long[] ids) {
		for (int i = 0, j = ids.length - 1; i < j; i++, j--) {
			long id = ids[i];
			ids[i] = ids[j];
			ids[j] = id;
		}
	}

	/** A growing array of ids, without a box for each: a million boxed ids held at once would be tens of MB more. */
	private static final class LongArray {
		private long[] values = new long[1024];
		private int size;

		void add(Long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}

	/** How many records the table shows. */
	public TypedQuery<Long> count() {
		return bind(em.createQuery("select count(e) from " + entity.getName() + " e" + where, Long.class));
	}

	private <T> TypedQuery<T> bind(TypedQuery<T> typed) {
		parameters.forEach(typed::setParameter);
		return typed;
	}

	private String where() {
		if (query.filter() == null) {
			return "";
		}
		if (query.filter().isEmpty()) {
			return " where 1 = 0";
		}
		List<String> conditions = new ArrayList<>();
		for (Match match : query.filter()) {
			conditions.add(condition(match));
		}
		return " where (" + String.join(" or ", conditions) + ")";
	}

	private String condition(Match match) {
		return switch (match) {
		case Contains contains -> {
			checkAttribute(entity, contains.attribute());
			yield "lower(e." + contains.attribute() + ") like " + parameter(pattern(contains.text())) + " escape '" + ESCAPE + "'";
		}
		case ReferenceContains reference -> {
			// The referenced records that match first, then the rows that name one of them: by the
			// foreign key's index. A join of every row to its reference and a LIKE on each took 10 s
			// at 1.36 million temperature reports; this takes a tenth of a second.
			Attribute<?, ?> attribute = checkAttribute(entity, reference.attribute());
			if (!attribute.isAssociation()) {
				throw new IllegalArgumentException(reference.attribute() + " of " + entity.getName() + " is not a reference");
			}
			String referenced = em.getMetamodel().entity(attribute.getJavaType()).getName();
			String pattern = parameter(pattern(reference.text()));
			String matches = "lower(r.code) like " + pattern + " escape '" + ESCAPE + "'";
			if (hasName(reference.attribute())) {
				matches += " or lower(r.name) like " + pattern + " escape '" + ESCAPE + "'";
			}
			yield "e." + reference.attribute() + ".id in (select r.id from " + referenced + " r where " + matches + ")";
		}
		case OneOf oneOf -> {
			checkAttribute(entity, oneOf.attribute());
			yield oneOf.values().isEmpty() ? "1 = 0" : "e." + oneOf.attribute() + " in " + parameter(oneOf.values());
		}
		case Within within -> {
			checkAttribute(entity, within.attribute());
			yield "(e." + within.attribute() + " >= " + parameter(within.from()) + " and e." + within.attribute() + " < "
					+ parameter(within.until()) + ")";
		}
		};
	}

	private boolean hasName(String reference) {
		ManagedType<?> referenced = em.getMetamodel().managedType(checkAttribute(entity, reference).getJavaType());
		return referenced.getAttributes().stream().anyMatch(a -> a.getName().equals("name") && a.getJavaType() == String.class);
	}

	private static Attribute<?, ?> checkAttribute(ManagedType<?> type, String attribute) {
		try {
			return type.getAttribute(attribute);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("no attribute " + attribute + " in " + type.getJavaType().getSimpleName(), e);
		}
	}

	private String parameter(Object value) {
		String name = "p" + parameters.size();
		parameters.put(name, value);
		return ":" + name;
	}

	/** Contains, ignoring case: the text lowered as the database lowers it, %, _ and the escape taken literally. */
	static String pattern(String text) {
		StringBuilder pattern = new StringBuilder("%");
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}
}
