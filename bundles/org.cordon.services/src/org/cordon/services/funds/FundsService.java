package org.cordon.services.funds;

/** The funds group's figures. */
public interface FundsService {

	FundsFigures figures();
}
