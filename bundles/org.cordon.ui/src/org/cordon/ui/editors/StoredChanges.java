package org.cordon.ui.editors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.CordonEntity;

/** How many records an editor shows differ from what is stored now: what other desks changed. */
public final class StoredChanges {

	private StoredChanges() {
	}

	/**
	 * The records stored since they were read (a newer version), added, or deleted: compared by id,
	 * so that records this desk added and has not saved yet do not count.
	 *
	 * @param shown  the records as read (with the versions they were read with), including any this desk deleted but has not saved
	 * @param stored every record of the same kind as stored now
	 */
	public static int count(List<? extends CordonEntity> shown, List<? extends CordonEntity> stored) {
		Map<Long, Long> shownVersions = new HashMap<>();
		for (CordonEntity record : shown) {
			if (record.getId() != null) {
				shownVersions.put(record.getId(), record.getVersion());
			}
		}
		int changed = 0;
		for (CordonEntity record : stored) {
			Long version = shownVersions.remove(record.getId());
			if (version == null || version != record.getVersion()) {
				changed++;
			}
		}
		return changed + shownVersions.size();
	}
}
