package org.cordon.persistence;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.Session;

import jakarta.persistence.EntityManager;

/**
 * The table and column names an entity's attributes are mapped to, as EclipseLink maps them, for
 * the few reads that go past JPA to JDBC: a table's million ids, where EclipseLink's own handling
 * of each row cost several times the database's read.
 */
public final class MappedColumns {

	private MappedColumns() {
	}

	/** The entity's table. */
	public static String table(EntityManager em, Class<?> type) {
		return descriptor(em, type).getTableName();
	}

	/** A basic attribute's column, or a reference's foreign key column. */
	public static String column(EntityManager em, Class<?> type, String attribute) {
		DatabaseMapping mapping = descriptor(em, type).getMappingForAttributeName(attribute);
		if (mapping == null) {
			throw new IllegalArgumentException("no attribute " + attribute + " in " + type.getSimpleName());
		}
		if (mapping instanceof OneToOneMapping reference) {
			if (reference.getForeignKeyFields().size() != 1) {
				throw new IllegalArgumentException(attribute + " of " + type.getSimpleName() + " is not a reference by one column");
			}
			return reference.getForeignKeyFields().get(0).getName();
		}
		if (mapping.getField() == null) {
			throw new IllegalArgumentException(attribute + " of " + type.getSimpleName() + " is not one column");
		}
		return mapping.getField().getName();
	}

	private static ClassDescriptor descriptor(EntityManager em, Class<?> type) {
		ClassDescriptor descriptor = em.unwrap(Session.class).getDescriptor(type);
		if (descriptor == null) {
			throw new IllegalArgumentException(type.getSimpleName() + " is not an entity");
		}
		return descriptor;
	}
}
