package org.cordon.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * What every record of the county model shares: a surrogate key for the database, a business
 * code that people and CSV files use to refer to it and that never changes, and a version for
 * optimistic locking between desks.
 */
@MappedSuperclass
public abstract class CordonEntity {

	/**
	 * Codes typed in CSV files have at most 64 characters; the longer limit leaves room for codes
	 * derived from a key, such as a temperature report's {@code KP-17/village_doctor@2020-02-03}.
	 */
	public static final int CODE_LENGTH = 100;

	/** The row of the key generator table all records draw from; bulk writers reserve keys there too. */
	public static final String ID_SEQUENCE = "cordon_ids";

	// Table-allocated keys (not identity columns) so EclipseLink can batch inserts on bulk import.
	@Id
	@TableGenerator(name = ID_SEQUENCE, table = "CORDON_IDS", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT", pkColumnValue = ID_SEQUENCE, allocationSize = 100)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = ID_SEQUENCE)
	private Long id;

	@Column(nullable = false, unique = true, length = CODE_LENGTH)
	private String code;

	@Version
	private long version;

	protected CordonEntity() {
	}

	protected CordonEntity(String code) {
		setCode(code);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	/**
	 * Gives a new record its code. Other records and CSV files refer to a stored record by its
	 * code, so it cannot change once the record is stored.
	 */
	public final void setCode(String code) {
		if (id != null) {
			throw new InvalidValueException("code", "codeFixed");
		}
		this.code = ModelRules.requiredText(code, CODE_LENGTH, "code");
	}

	public long getVersion() {
		return version;
	}

	/**
	 * Checks that the record is complete and consistent; runs before every insert and update,
	 * so an incomplete record is never stored. Records override it to add their own rules and
	 * call this one too.
	 *
	 * @throws InvalidValueException naming the first field that is wrong
	 */
	@PrePersist
	@PreUpdate
	public void validate() {
		ModelRules.required(code, "code");
	}

	/**
	 * For records whose code is their key written out: a new record takes the code its key gives;
	 * a stored record cannot move to another key, since its code would no longer match.
	 */
	protected final void deriveCode(String derived) {
		if (derived.equals(code)) {
			return;
		}
		// A stored record always has a code, so a missing one means the record is new, whether or
		// not the provider has already assigned its id when it calls validate().
		if (id != null && code != null) {
			throw new InvalidValueException("code", "codeFixed");
		}
		this.code = ModelRules.requiredText(derived, CODE_LENGTH, "code");
	}

	/** A short human label: what a navigator or a message shows for this record. */
	public abstract String getDisplayName();

	/**
	 * A label made of the parts that are present, separated by spaces; a record stands for its
	 * display name. Records use it so that an incomplete record still has a label.
	 */
	protected static String label(Object... parts) {
		StringBuilder label = new StringBuilder();
		for (Object part : parts) {
			Object text = part instanceof CordonEntity record ? record.getDisplayName() : part;
			if (text != null && !text.toString().isBlank()) {
				if (!label.isEmpty()) {
					label.append(' ');
				}
				label.append(text);
			}
		}
		return label.toString();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + code + " " + getDisplayName() + "]";
	}
}
