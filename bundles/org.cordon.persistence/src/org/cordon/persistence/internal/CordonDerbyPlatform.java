package org.cordon.persistence.internal;

import org.eclipse.persistence.platform.database.DerbyPlatform;

/**
 * Derby as EclipseLink knows it, but with Derby's own limit on constraint names. EclipseLink's
 * Derby platform inherits the 18 characters of old DB2 and shortens longer names when it creates
 * the schema, so a constraint that code outside JPA relies on, such as {@code CHECKPOINT_COUNT_DAY},
 * would be created under another name.
 */
public class CordonDerbyPlatform extends DerbyPlatform {

	private static final long serialVersionUID = 1L;
	/** Derby identifiers have up to 128 characters. */
	private static final int DERBY_MAX_NAME_LENGTH = 128;

	@Override
	public int getMaxUniqueKeyNameSize() {
		return DERBY_MAX_NAME_LENGTH;
	}

	@Override
	public int getMaxForeignKeyNameSize() {
		return DERBY_MAX_NAME_LENGTH;
	}
}
