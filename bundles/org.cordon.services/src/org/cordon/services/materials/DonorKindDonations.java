package org.cordon.services.materials;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cordon.model.materials.DonorKind;

/**
 * The donations ledger for one kind of donor.
 *
 * @param donors the donors of the kind on record
 * @param gifts  the ledger's rows from donors of the kind
 * @param goods  quantity per item given in kind, keyed by {@code item + " (" + unit + ")"}, e.g. {@code 口罩 (只)}
 */
public record DonorKindDonations(DonorKind kind, long donors, long gifts, BigDecimal cashYuan, Map<String, Long> goods) {

	public DonorKindDonations {
		goods = Collections.unmodifiableMap(new LinkedHashMap<>(goods));
	}
}
