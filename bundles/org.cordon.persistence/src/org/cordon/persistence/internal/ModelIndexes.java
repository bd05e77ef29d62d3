package org.cordon.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;

/**
 * The indexes the model declares ({@code @Table(indexes = ...)}) on tables that an older model
 * made. EclipseLink's create-or-extend adds the columns a table lacks but no index, so an index
 * added to the model after a county's database was made would otherwise never exist there, and
 * the reads it serves would scan instead.
 */
final class ModelIndexes {

	private ModelIndexes() {
	}

	/**
	 * Creates each declared index that the database lacks.
	 *
	 * @return the names of the indexes created
	 * @throws SQLException when the database refuses one, as a server does a user who does not own the tables
	 */
	static List<String> ensure(Connection connection, EntityManagerFactory factory) throws SQLException {
		List<String> created = new ArrayList<>();
		for (EntityType<?> entity : factory.getMetamodel().getEntities()) {
			Table table = entity.getJavaType().getAnnotation(Table.class);
			if (table == null || table.indexes().length == 0) {
				continue;
			}
			Set<String> present = indexesOf(connection, table.name());
			if (present == null) {
				continue; // not made here; create-or-extend says why
			}
			for (Index index : table.indexes()) {
				if (!present.contains(index.name().toUpperCase(Locale.ROOT))) {
					try (Statement statement = connection.createStatement()) {
						statement.executeUpdate("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " ON " + table.name() + " ("
								+ index.columnList() + ")");
					}
					created.add(index.name());
				}
			}
		}
		return created;
	}

	/** The names of a table's indexes in upper case, or null when there is no such table. */
	private static Set<String> indexesOf(Connection connection, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		// PostgreSQL keeps unquoted names in lower case, Derby in upper case.
		for (String name : new String[] { table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet tables = metaData.getTables(null, connection.getSchema(), name, new String[] { "TABLE" })) {
				if (!tables.next()) {
					continue;
				}
			}
			Set<String> names = new HashSet<>();
			try (ResultSet indexes = metaData.getIndexInfo(null, connection.getSchema(), name, false, true)) {
				while (indexes.next()) {
					String index = indexes.getString("INDEX_NAME");
					if (index != null) {
						names.add(index.toUpperCase(Locale.ROOT));
					}
				}
			}
			return names;
		}
		return null;
	}
}
