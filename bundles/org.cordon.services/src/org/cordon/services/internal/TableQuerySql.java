package org.cordon.services.internal;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cordon.persistence.MappedColumns;
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
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;

/**
 * A {@link TableQuery} run in SQL on the transaction's JDBC connection: the filter's matches
 * or-ed, the typed text a LIKE pattern with its own wildcards escaped, every value a bound
 * parameter. Attributes are checked against the metamodel and their columns taken from
 * EclipseLink's mapping ({@link MappedColumns}), so a query names only what is mapped. JDBC,
 * not JPQL: EclipseLink's handling of each of a million result rows took 6 to 7 s where the
 * database's read of the ids took one.
 * <p>
 * The database sorts only by an attribute that leads one of the table's indexes (a date, for the
 * big kinds), where it reads the ids from the index in order. By anything else the ids come with
 * their sort keys, unordered, and are sorted here: at 1.36 million temperature reports Derby's
 * external sort took 6 to 9 s by code or temperature and 12 to 20 s by the key person's name (a
 * join of every row); reading the pairs takes about half a second and {@link KeyedIds} sorts them. A descending
 * order is the ascending one reversed, ties included, so it costs no more and the index serves it.
 */
public final class TableQuerySql {

	private static final char ESCAPE = '!';
	/** A filter's referenced records up to this many are named in an IN list; more stay a subquery. */
	private static final int LISTED_REFERENCES = 1000;

	private final EntityManager em;
	private final Connection connection;
	private final TableQuery query;
	private final EntityType<?> entity;
	private final String table;
	private final String idColumn;
	private final List<Object> parameters = new ArrayList<>();
	private final String where;

	/** {@code em} must be in a transaction: its connection is the one read from. */
	public TableQuerySql(EntityManager em, TableQuery query) {
		this.em = em;
		this.connection = em.unwrap(Connection.class);
		if (connection == null) {
			throw new IllegalStateException("a table's ids are read inside a transaction");
		}
		this.query = query;
		this.entity = em.getMetamodel().entity(query.type());
		this.table = MappedColumns.table(em, query.type());
		this.idColumn = MappedColumns.column(em, query.type(), "id");
		this.where = where();
	}

	/** The ids in the table's order. */
	public long[] ids() {
		long[] ids = sortsInDatabase() ? idsSortedByTheDatabase(-1) : idsSortedHere();
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
		return idsSortedByTheDatabase(limit);
	}

	/** How many records the table shows. */
	public long count() {
		try (PreparedStatement statement = prepare("SELECT COUNT(*) FROM " + table + where); ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/**
	 * Whether the sort attribute leads an index the entity declares, so the database reads the ids
	 * in order. Not with a filter: Derby then read the whole date index in order to pick out the
	 * 450 rows of one key person (5.6 s), where the rows the filter finds, sorted here, take a
	 * fraction of that.
	 */
	boolean sortsInDatabase() {
		Attribute<?, ?> sorted = checkAttribute(entity, query.sortBy());
		if (sorted.isAssociation() || query.filter() != null) {
			return false;
		}
		String column = MappedColumns.column(em, query.type(), query.sortBy());
		Table declared = query.type().getAnnotation(Table.class);
		if (declared == null) {
			return false;
		}
		for (Index index : declared.indexes()) {
			String leading = index.columnList().split(",")[0].trim().split("\\s+")[0];
			if (leading.equalsIgnoreCase(column) || leading.equalsIgnoreCase(annotatedColumn(sorted))) {
				return true;
			}
		}
		return false;
	}

	private static String annotatedColumn(Attribute<?, ?> attribute) {
		if (attribute.getJavaMember() instanceof Field field) {
			Column column = field.getAnnotation(Column.class);
			if (column != null && !column.name().isEmpty()) {
				return column.name();
			}
		}
		return attribute.getName();
	}

	private long[] idsSortedByTheDatabase(int limit) {
		String column = MappedColumns.column(em, query.type(), query.sortBy());
		String sql = "SELECT " + idColumn + " FROM " + table + where + " ORDER BY " + column + " ASC, " + idColumn + " ASC"
				+ (limit >= 0 ? " FETCH FIRST " + limit + " ROWS ONLY" : "");
		try (PreparedStatement statement = prepare(sql); ResultSet rows = statement.executeQuery()) {
			LongArray ids = new LongArray();
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
			return ids.toArray();
		} catch (SQLException e) {
			throw failed(e);
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
		String column = MappedColumns.column(em, query.type(), query.sortBy());
		// a reference's key is its id, ordered by its record's rank; one missing from the ranks is last
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparator<Object> keyOrder = ranks != null
				? Comparator.comparingInt(reference -> ranks.getOrDefault(reference, Integer.MAX_VALUE))
				: (a, b) -> ((Comparable) a).compareTo(b);
		KeyedIds keyed = new KeyedIds(keyOrder);
		// Without a filter every row is read: from the table itself, in its stored order, which is
		// the ids' for rows added over time. Derby otherwise chose an index that holds both columns
		// (the temperature reports' index of a day's cells), slower to scan and out of id order.
		String from = where.isEmpty() ? table + " --DERBY-PROPERTIES index=NULL\n" : table + where;
		try (PreparedStatement statement = prepare("SELECT " + idColumn + ", " + column + " FROM " + from);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				long id = rows.getLong(1);
				if (ranks != null) {
					long reference = rows.getLong(2);
					keyed.add(id, rows.wasNull() ? null : reference);
				} else {
					keyed.add(id, rows.getObject(2));
				}
			}
		} catch (SQLException e) {
			throw failed(e);
		}
		return keyed.sorted();
	}

	private Map<Long, Integer> ranksOf(Attribute<?, ?> reference) {
		Class<?> referenced = reference.getJavaType();
		String label = MappedColumns.column(em, referenced, hasName(reference) ? "name" : "code");
		String id = MappedColumns.column(em, referenced, "id");
		List<Labelled> records = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT " + id + ", " + label + " FROM " + MappedColumns.table(em, referenced));
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				records.add(new Labelled(rows.getString(2), rows.getLong(1)));
			}
		} catch (SQLException e) {
			throw failed(e);
		}
		records.sort(Labelled.ORDER);
		Map<Long, Integer> ranks = new HashMap<>(records.size() * 2);
		for (int i = 0; i < records.size(); i++) {
			ranks.put(records.get(i).id(), i);
		}
		return ranks;
	}

	/** A referenced record's id and the label it sorts by. */
	private record Labelled(String label, long id) {
		static final Comparator<Labelled> ORDER = Comparator.comparing(Labelled::label, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparingLong(Labelled::id);
	}

	private static void reverse(long[] ids) {
		for (int i = 0, j = ids.length - 1; i < j; i++, j--) {
			long id = ids[i];
			ids[i] = ids[j];
			ids[j] = id;
		}
	}

	/** A growing array of ids, without a box for each. */
	private static final class LongArray {
		private long[] values = new long[1024];
		private int size;

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}

	private PreparedStatement prepare(String sql) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		try {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			statement.setFetchSize(1000);
			return statement;
		} catch (SQLException e) {
			statement.close();
			throw e;
		}
	}

	private IllegalStateException failed(SQLException e) {
		return new IllegalStateException("the rows of " + entity.getName() + " could not be read: " + e.getMessage(), e);
	}

	private String where() {
		if (query.filter() == null) {
			return "";
		}
		if (query.filter().isEmpty()) {
			return " WHERE 1 = 0";
		}
		List<String> conditions = new ArrayList<>();
		for (Match match : query.filter()) {
			conditions.add(condition(match));
		}
		return " WHERE (" + String.join(" OR ", conditions) + ")";
	}

	private String condition(Match match) {
		return switch (match) {
		case Contains contains -> {
			checkAttribute(entity, contains.attribute());
			yield "LOWER(" + column(contains.attribute()) + ") LIKE " + parameter(pattern(contains.text())) + " ESCAPE '" + ESCAPE + "'";
		}
		case ReferenceContains reference -> referenceCondition(reference);
		case OneOf oneOf -> {
			checkAttribute(entity, oneOf.attribute());
			if (oneOf.values().isEmpty()) {
				yield "1 = 0";
			}
			List<String> marks = new ArrayList<>();
			for (Object value : oneOf.values()) {
				marks.add(parameter(value));
			}
			yield column(oneOf.attribute()) + " IN (" + String.join(", ", marks) + ")";
		}
		case Within within -> {
			checkAttribute(entity, within.attribute());
			String column = column(within.attribute());
			yield "(" + column + " >= " + parameter(within.from()) + " AND " + column + " < " + parameter(within.until()) + ")";
		}
		};
	}

	/**
	 * The referenced records that match first, then the rows that name one of them: by the foreign
	 * key's index. A join of every row to its reference and a LIKE on each took 10 s at 1.36 million
	 * temperature reports. Up to a thousand matches are read first and listed, which Derby probes
	 * one by one; as a subquery it sometimes chose a scan.
	 */
	private String referenceCondition(ReferenceContains reference) {
		Attribute<?, ?> attribute = checkAttribute(entity, reference.attribute());
		if (!attribute.isAssociation()) {
			throw new IllegalArgumentException(reference.attribute() + " of " + entity.getName() + " is not a reference");
		}
		Class<?> referenced = attribute.getJavaType();
		String pattern = pattern(reference.text());
		String like = " LIKE ? ESCAPE '" + ESCAPE + "'";
		String matches = "LOWER(" + MappedColumns.column(em, referenced, "code") + ")" + like;
		List<Object> patterns = new ArrayList<>(List.of(pattern));
		if (hasName(attribute)) {
			matches += " OR LOWER(" + MappedColumns.column(em, referenced, "name") + ")" + like;
			patterns.add(pattern);
		}
		String select = "SELECT " + MappedColumns.column(em, referenced, "id") + " FROM " + MappedColumns.table(em, referenced) + " WHERE " + matches;
		String foreignKey = column(reference.attribute());
		List<Long> found = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(select + " FETCH FIRST " + (LISTED_REFERENCES + 1) + " ROWS ONLY")) {
			for (int i = 0; i < patterns.size(); i++) {
				statement.setObject(i + 1, patterns.get(i));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getLong(1));
				}
			}
		} catch (SQLException e) {
			throw failed(e);
		}
		if (found.isEmpty()) {
			return "1 = 0";
		}
		if (found.size() <= LISTED_REFERENCES) {
			List<String> marks = new ArrayList<>();
			for (Long id : found) {
				marks.add(parameter(id));
			}
			return foreignKey + " IN (" + String.join(", ", marks) + ")";
		}
		patterns.forEach(this::parameter);
		return foreignKey + " IN (" + select + ")";
	}

	private String column(String attribute) {
		return MappedColumns.column(em, query.type(), attribute);
	}

	private boolean hasName(Attribute<?, ?> reference) {
		ManagedType<?> referenced = em.getMetamodel().managedType(reference.getJavaType());
		return referenced.getAttributes().stream().anyMatch(a -> a.getName().equals("name") && a.getJavaType() == String.class);
	}

	private static Attribute<?, ?> checkAttribute(ManagedType<?> type, String attribute) {
		try {
			return type.getAttribute(attribute);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("no attribute " + attribute + " in " + type.getJavaType().getSimpleName(), e);
		}
	}

	/** A bound parameter, as JDBC takes it: an enum by its name (all are mapped as strings), dates as SQL dates. */
	private String parameter(Object value) {
		Object bound = switch (value) {
		case Enum<?> choice -> choice.name();
		case LocalDate date -> java.sql.Date.valueOf(date);
		case LocalDateTime moment -> java.sql.Timestamp.valueOf(moment);
		default -> value;
		};
		parameters.add(bound);
		return "?";
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
