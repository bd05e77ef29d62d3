package org.cordon.persistence.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cordon.model.AuditEntry;
import org.cordon.model.CordonEntity;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

import jakarta.persistence.EntityManagerFactory;

/**
 * Writes the audit trail: EclipseLink tells it of every record it inserts, updates or deletes
 * (whichever service made the change: an editor's save, an import, a rule), and it adds the lines
 * in the same transaction, so a change and its trail are committed or rolled back together.
 * Rows written by plain JDBC (the bulk import of checkpoint counts) bypass it; that import is
 * recorded as what it is, an import, in its own log.
 */
final class AuditTrail extends DescriptorEventAdapter {

	private static final String INSERT = "INSERT INTO AUDIT_ENTRY (ID, ENTRY_ORDER, CHANGED_AT, USER_NAME, ACTION, RECORD_KIND, RECORD_CODE, FIELD_NAME, OLD_VALUE, NEW_VALUE)"
			+ " VALUES (#ID, #ENTRY_ORDER, #CHANGED_AT, #USER_NAME, #ACTION, #RECORD_KIND, #RECORD_CODE, #FIELD_NAME, #OLD_VALUE, #NEW_VALUE)";
	/** Starts from the clock, so that lines of a later process sort after those of an earlier one at the same moment. */
	private static final java.util.concurrent.atomic.AtomicLong ENTRY_ORDER = new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() * 1000);
	private static final List<String> NOT_AUDITED = List.of("id", "version");

	private final String userName;

	private AuditTrail(String userName) {
		this.userName = userName;
	}

	/** Follows every record type of the factory's persistence unit, recording changes as {@code userName}. */
	static void attach(EntityManagerFactory factory, String userName) {
		AuditTrail trail = new AuditTrail(userName);
		for (ClassDescriptor descriptor : JpaHelper.getServerSession(factory).getDescriptors().values()) {
			if (CordonEntity.class.isAssignableFrom(descriptor.getJavaClass())
					&& descriptor.getEventManager().getEventListeners().stream().noneMatch(AuditTrail.class::isInstance)) {
				descriptor.getEventManager().addListener(trail);
			}
		}
	}

	@Override
	public void postInsert(DescriptorEvent event) {
		write(event, AuditEntry.Action.CREATED, null, null, null);
	}

	/**
	 * One line per field that had a value, the value as the old one: what the record was can be
	 * read back from the trail (the organisation as of a past moment brings deleted records back).
	 */
	@Override
	public void postDelete(DescriptorEvent event) {
		boolean written = false;
		for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
			String attribute = mapping.getAttributeName();
			if (NOT_AUDITED.contains(attribute) || "code".equals(attribute) || mapping.isCollectionMapping()) {
				continue;
			}
			String value = shown(mapping.getRealAttributeValueFromObject(event.getObject(), event.getSession()));
			if (value != null) {
				write(event, AuditEntry.Action.DELETED, attribute, value, null);
				written = true;
			}
		}
		if (!written) {
			write(event, AuditEntry.Action.DELETED, null, null, null);
		}
	}

	@Override
	public void preUpdateWithChanges(DescriptorEvent event) {
		ObjectChangeSet changes = event.getChangeSet();
		if (changes == null) {
			return;
		}
		for (ChangeRecord change : changes.getChanges()) {
			String attribute = change.getAttribute();
			if (NOT_AUDITED.contains(attribute)) {
				continue;
			}
			DatabaseMapping mapping = event.getDescriptor().getMappingForAttributeName(attribute);
			if (mapping == null || mapping.isCollectionMapping()) {
				continue;
			}
			Object newValue = mapping.getAttributeValueFromObject(event.getObject());
			write(event, AuditEntry.Action.CHANGED, attribute, shown(change.getOldValue()), shown(newValue));
		}
	}

	private void write(DescriptorEvent event, AuditEntry.Action action, String field, String oldValue, String newValue) {
		CordonEntity record = (CordonEntity) event.getObject();
		DataModifyQuery insert = new DataModifyQuery(INSERT);
		insert.addArgument("ID", String.class);
		insert.addArgument("ENTRY_ORDER", Long.class);
		insert.addArgument("CHANGED_AT", Timestamp.class);
		insert.addArgument("USER_NAME", String.class);
		insert.addArgument("ACTION", String.class);
		insert.addArgument("RECORD_KIND", String.class);
		insert.addArgument("RECORD_CODE", String.class);
		insert.addArgument("FIELD_NAME", String.class);
		insert.addArgument("OLD_VALUE", String.class);
		insert.addArgument("NEW_VALUE", String.class);
		List<Object> values = new ArrayList<>(Arrays.asList(java.util.UUID.randomUUID().toString(), ENTRY_ORDER.incrementAndGet(), Timestamp.valueOf(LocalDateTime.now()), userName, action.name(),
				event.getDescriptor().getAlias(), record.getCode(), field, oldValue, newValue));
		event.getSession().executeQuery(insert, values);
	}

	/** A value as the trail shows it: a record by its code, anything else as text, cut to the column's length. */
	private static String shown(Object value) {
		if (value instanceof org.eclipse.persistence.internal.sessions.ObjectChangeSet changeSet) {
			value = changeSet.getUnitOfWorkClone();
		}
		return AuditEntry.valueText(value);
	}
}
