package org.cordon.ui.internal;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.ui.database.DatabasePreferences;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Cordon workbench application. The database opens on a thread of its own while the workbench
 * builds its first window (on two cores that is most of the start-up's wait); views load their
 * data in the background and wait for it. A database that cannot be opened (another process holds
 * it, the folder cannot be written, the server refuses) is one clear dialog, after which the
 * workbench closes with {@link #EXIT_DATABASE_UNAVAILABLE}.
 */
public class CordonApplication implements IApplication {

	/** Exit code when the database cannot be opened. */
	public static final Integer EXIT_DATABASE_UNAVAILABLE = 1;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		ServiceTracker<CordonDatabase, CordonDatabase> database = new ServiceTracker<>(
				FrameworkUtil.getBundle(getClass()).getBundleContext(), CordonDatabase.class, null);
		database.open();
		try {
			CordonDatabase db = database.waitForService(30_000);
			if (db == null) {
				MessageDialog.openError(null, Messages.Application_cannotStartTitle, Messages.Application_databaseServiceMissing);
				return EXIT_DATABASE_UNAVAILABLE;
			}
			DatabasePreferences preferences = DatabasePreferences.load();
			boolean fromPreferences = preferences.opensServerAtStart(System.getProperty(DatabaseSettings.URL_PROPERTY));
			String preferredPassword = null;
			if (fromPreferences) {
				preferredPassword = passwordFor(preferences.serverUrl().orElseThrow(), preferences.user());
				if (preferredPassword == null) {
					return EXIT_DATABASE_UNAVAILABLE;
				}
			} else if (!askForServerPassword()) {
				return EXIT_DATABASE_UNAVAILABLE;
			}
			if (fromPreferences) {
				// A server chosen in the preferences opens before the window: a view asking for the
				// database meanwhile would otherwise open the launcher's.
				try {
					db.open(preferences.settings(DatabaseSettings.fromSystemProperties().dataFolder(), preferredPassword));
				} catch (DatabaseUnavailableException | IllegalArgumentException e) {
					context.applicationRunning();
					MessageDialog.openError(null, Messages.Application_cannotStartTitle, NLS.bind(Messages.Application_databaseUnavailable, e.getMessage()));
					return EXIT_DATABASE_UNAVAILABLE;
				}
			}
			DatabaseOpening opening = DatabaseOpening.start(db);
			CordonWorkbenchAdvisor advisor = new CordonWorkbenchAdvisor(opening);
			int returnCode = PlatformUI.createAndRunWorkbench(display, advisor);
			if (opening.failure().isPresent()) {
				return EXIT_DATABASE_UNAVAILABLE;
			}
			if (returnCode == PlatformUI.RETURN_RESTART) {
				return IApplication.EXIT_RESTART;
			}
			return IApplication.EXIT_OK;
		} finally {
			CordonDatabase db = database.getService();
			if (db != null) {
				db.close();
			}
			database.close();
			display.dispose();
		}
	}

	/**
	 * A server database configured in the launcher (-Dcordon.db.url) without CORDON_PASSWORD: the
	 * password is asked for once, before the first window, and kept in this process only.
	 *
	 * @return false when the user cancelled
	 */
	private static boolean askForServerPassword() {
		String url = System.getProperty(DatabaseSettings.URL_PROPERTY);
		if (url == null || url.isBlank() || notEmpty(System.getenv(DatabaseSettings.PASSWORD_VARIABLE))
				|| notEmpty(System.getProperty(DatabaseSettings.PASSWORD_PROPERTY))) {
			return true;
		}
		String user = notEmpty(System.getProperty(DatabaseSettings.USER_PROPERTY)) ? System.getProperty(DatabaseSettings.USER_PROPERTY)
				: System.getenv(DatabaseSettings.USER_VARIABLE);
		InputDialog ask = new InputDialog(null, Messages.Application_passwordTitle,
				NLS.bind(Messages.Application_passwordPrompt, user == null ? "" : user, url), "", null) {
			@Override
			protected int getInputTextStyle() {
				return super.getInputTextStyle() | SWT.PASSWORD;
			}
		};
		if (ask.open() != Window.OK) {
			return false;
		}
		System.setProperty(DatabaseSettings.PASSWORD_PROPERTY, ask.getValue());
		return true;
	}

	/**
	 * The password of the server database chosen on the Database preference page: CORDON_PASSWORD
	 * when set, else asked for once, before the first window.
	 *
	 * @return {@code null} when the user cancelled
	 */
	private static String passwordFor(String url, String user) {
		String given = System.getenv(DatabaseSettings.PASSWORD_VARIABLE);
		if (notEmpty(given)) {
			return given;
		}
		InputDialog ask = new InputDialog(null, Messages.Application_passwordTitle, NLS.bind(Messages.Application_passwordPrompt, user, url), "",
				null) {
			@Override
			protected int getInputTextStyle() {
				return super.getInputTextStyle() | SWT.PASSWORD;
			}
		};
		return ask.open() == Window.OK ? ask.getValue() : null;
	}

	private static boolean notEmpty(String value) {
		return value != null && !value.isEmpty();
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
