package org.cordon.services.materials;

/** The materials and donations group's figures. */
public interface DonationService {

	DonationFigures figures();
}
