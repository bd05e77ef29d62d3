package org.cordon.diagram.session;

import java.util.concurrent.TimeUnit;

import org.cordon.diagram.description.ServiceLookup;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services from the OSGi registry, waiting a little for DS to bring them up. */
public final class OsgiServiceLookup implements ServiceLookup {

	private static final long WAIT_SECONDS = 10;

	@Override
	public <S> S get(Class<S> type) {
		BundleContext context = FrameworkUtil.getBundle(OsgiServiceLookup.class).getBundleContext();
		if (context == null) {
			throw new IllegalStateException("the diagram layer is not started, so it cannot reach " + type.getSimpleName());
		}
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
			if (service == null) {
				throw new IllegalStateException("the service " + type.getSimpleName() + " is not available");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
		}
		// The tracker stays open: the service object stays valid while its bundle runs.
	}
}
