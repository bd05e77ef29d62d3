package org.cordon.model;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * What every record of the county model shares: a surrogate key for the database, a business
 * code that people and CSV files use to refer to it and that never changes, and a version for
 * optimistic locking between desks.
 */
@MappedSuperclass
public abstract class CordonEntity {

	public static final int CODE_LENGTH = 64;

	// Table-allocated keys (not identity columns) so EclipseLink can batch inserts on bulk import.
	@Id
	@TableGenerator(name = "cordon_ids", table = "CORDON_IDS", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT", allocationSize = 100)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "cordon_ids")
	private Long id;

	@Column(nullable = false, unique = true, length = CODE_LENGTH)
	private String code;

	@Version
	private long version;

	protected CordonEntity() {
	}

	protected CordonEntity(String code) {
		this.code = requireText(code, "code");
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public long getVersion() {
		return version;
	}

	/** A short human label: what a navigator or a message shows for this record. */
	public abstract String getDisplayName();

	protected static String requireText(String value, String field) {
		Objects.requireNonNull(value, field + " is required");
		String trimmed = value.strip();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		return trimmed;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + code + " " + getDisplayName() + "]";
	}
}
