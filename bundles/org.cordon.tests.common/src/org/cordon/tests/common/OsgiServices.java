package org.cordon.tests.common;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Tests reach the DS components the way the product does: through the service registry. */
public final class OsgiServices {

	private static final long TIMEOUT_MS = 30_000;

	private OsgiServices() {
	}

	/** The service, waiting for its component to be satisfied; fails the test if it never is. */
	public static <T> T await(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(TIMEOUT_MS);
			if (service == null) {
				throw new AssertionError("no " + type.getName() + " service appeared within " + TIMEOUT_MS + " ms");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting for " + type.getName(), e);
		}
		// The tracker stays open on purpose: closing it could let SCR deactivate the component mid-test.
	}
}
