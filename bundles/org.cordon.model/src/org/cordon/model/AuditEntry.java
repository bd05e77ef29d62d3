package org.cordon.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One line of the audit trail: who changed which record when, and for a change of a field, its
 * value before and after. Written by the persistence layer in the transaction of the change itself
 * (a creation is one line; a change, one line per field with its old and new value; a deletion,
 * one line per field that had a value, with that value as the old one), never by hand.
 */
@Entity
// By time: every table's read and every desk's look for other desks' changes asks for the latest
// change, which without it was a scan of the whole trail (0.3 s at a wave's, and growing with it).
@Table(name = "AUDIT_ENTRY", indexes = { @Index(name = "AUDIT_ENTRY_RECORD", columnList = "RECORD_KIND, RECORD_CODE"),
		@Index(name = "AUDIT_ENTRY_BY_TIME", columnList = "CHANGED_AT") })
public class AuditEntry {

	/** Values longer than this are cut, with an ellipsis: the trail tells what changed, not a copy of large texts. */
	public static final int VALUE_LENGTH = 1000;

	/** What happened to the record. */
	public enum Action {
		CREATED, CHANGED, DELETED
	}

	// Chosen by the writer (a UUID), not drawn from the database: lines are written with plain SQL
	// inside EclipseLink's commit, and identity columns are declared differently by each engine.
	@Id
	@Column(name = "ID", length = 36)
	private String id;

	/** Orders the lines of one moment: increasing within a process. */
	@Column(name = "ENTRY_ORDER", nullable = false)
	private long entryOrder;

	@Column(name = "CHANGED_AT", nullable = false)
	private LocalDateTime changedAt;

	@Column(name = "USER_NAME", nullable = false, length = 128)
	private String userName;

	@Enumerated(EnumType.STRING)
	@Column(name = "ACTION", nullable = false, length = 16)
	private Action action;

	/** The entity's name, e.g. {@code Person}. */
	@Column(name = "RECORD_KIND", nullable = false, length = 64)
	private String recordKind;

	@Column(name = "RECORD_CODE", nullable = false, length = CordonEntity.CODE_LENGTH)
	private String recordCode;

	/** The changed field, for {@link Action#CHANGED}. */
	@Column(name = "FIELD_NAME", length = 64)
	private String fieldName;

	@Column(name = "OLD_VALUE", length = VALUE_LENGTH)
	private String oldValue;

	@Column(name = "NEW_VALUE", length = VALUE_LENGTH)
	private String newValue;

	protected AuditEntry() {
	}

	/**
	 * A value as the trail writes it: a record by its code, anything else as its text, cut to the
	 * column's length with an ellipsis. Reading the organisation as of a past moment turns these
	 * texts back into values, so both sides use this one rule.
	 */
	public static String valueText(Object value) {
		if (value == null) {
			return null;
		}
		String text = value instanceof CordonEntity entity ? entity.getCode() : value.toString();
		return text.length() <= VALUE_LENGTH ? text : text.substring(0, VALUE_LENGTH - 1) + "…";
	}

	public String getId() {
		return id;
	}

	public long getEntryOrder() {
		return entryOrder;
	}

	public LocalDateTime getChangedAt() {
		return changedAt;
	}

	public String getUserName() {
		return userName;
	}

	public Action getAction() {
		return action;
	}

	public String getRecordKind() {
		return recordKind;
	}

	public String getRecordCode() {
		return recordCode;
	}

	public String getFieldName() {
		return fieldName;
	}

	public String getOldValue() {
		return oldValue;
	}

	public String getNewValue() {
		return newValue;
	}

	@Override
	public String toString() {
		return changedAt + " " + userName + " " + action + " " + recordKind + " " + recordCode
				+ (fieldName == null ? "" : " " + fieldName + ": " + oldValue + " -> " + newValue);
	}
}
