package org.cordon.services.funds;

import java.util.List;

/** The funds group's figures. */
public interface FundsService {

	FundsFigures figures();

	/** Every allocation by date and code, with its expenditures summed. */
	List<AllocationBalance> balances();
}
