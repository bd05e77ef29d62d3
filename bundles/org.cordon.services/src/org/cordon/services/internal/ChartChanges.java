package org.cordon.services.internal;

import java.util.Set;

import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.WorkingGroup;

import jakarta.persistence.EntityManager;

/**
 * Notes, in an entity manager, that its transaction changes who holds which position, so that
 * {@link Transactions#write} brings the database's grants in line once it committed.
 */
public final class ChartChanges {

	private static final String PROPERTY = "cordon.chart.changed";
	/** The records the grants depend on: people, their positions, and the groups' kinds. */
	private static final Set<Class<?>> CHART = Set.of(Person.class, Position.class, WorkingGroup.class);

	private ChartChanges() {
	}

	/** Notes a change of records of this type. */
	public static void note(EntityManager em, Class<?> recordType) {
		if (CHART.contains(recordType)) {
			em.setProperty(PROPERTY, Boolean.TRUE);
		}
	}

	static boolean changedIn(EntityManager em) {
		return Boolean.TRUE.equals(em.getProperties().get(PROPERTY));
	}
}
