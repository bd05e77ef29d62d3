package org.cordon.services.materials;

import java.util.List;

/** The county store of the materials group. */
public interface StockService {

	/** Every material item, by code, with its receipts and issues summed; items never moved show zeros. */
	List<StockLine> onHand();
}
