package org.cordon.services.records;

import org.cordon.model.CordonEntity;

/** A record cannot be deleted while other records refer to it (a community still paired, a key person with a quarantine). */
public class RecordInUseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient CordonEntity record;

	public RecordInUseException(CordonEntity record) {
		super((record == null ? "One of these records" : record.getDisplayName() + " (" + record.getCode() + ")")
				+ " is still referred to by other records; change or delete those first.");
		this.record = record;
	}

	/** The record that is still in use, when known. */
	public CordonEntity record() {
		return record;
	}
}
