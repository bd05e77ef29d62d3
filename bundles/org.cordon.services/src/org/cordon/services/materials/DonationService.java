package org.cordon.services.materials;

import java.util.List;

/** The materials and donations group's figures. */
public interface DonationService {

	DonationFigures figures();

	/** The ledger per kind of donor, in the order of {@link org.cordon.model.materials.DonorKind}; kinds without donors are left out. */
	List<DonorKindDonations> byDonorKind();
}
