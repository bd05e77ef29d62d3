package org.cordon.ui.transfer;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.runtime.Adapters;

/**
 * {@code org.cordon.ui.showsRows}: whether a part offers {@link ShownRows}. The {@code adapt}
 * expression asks only the adapter manager; this also asks the part itself, which is how the
 * editors offer it.
 */
public class ShowsRowsTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver != null && Adapters.adapt(receiver, ShownRows.class) != null;
	}
}
