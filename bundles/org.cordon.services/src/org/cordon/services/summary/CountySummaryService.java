package org.cordon.services.summary;

import java.util.Map;

/** The county's headline figures, as `bin/cordon summary` prints them and the briefing quotes them. */
public interface CountySummaryService {

	/**
	 * Every figure under its stable key, in print order: counts as whole numbers without
	 * separators, yuan with two decimals, litres without trailing zeros.
	 */
	Map<String, String> figures();
}
