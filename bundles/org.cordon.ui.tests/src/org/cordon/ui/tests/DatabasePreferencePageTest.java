package org.cordon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.OfficeServer;
import org.cordon.persistence.internal.EmbeddedDerbyDatabase;
import org.cordon.tests.common.TestServers;
import org.cordon.ui.database.DatabaseMessages;
import org.cordon.ui.database.DatabasePreferencePage;
import org.cordon.ui.database.DatabasePreferences;
import org.cordon.ui.database.DatabasePreferences.Mode;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window > Preferences > Database: what the page is given is kept in the workspace and becomes the
 * settings the next start opens; malformed addresses are refused on the page; "Test connection"
 * says whether a server answers.
 */
class DatabasePreferencePageTest {

	@TempDir
	Path temp;

	private Shell shell;
	private DatabasePreferencePage page;

	@BeforeEach
	void openPage() {
		DatabasePreferences.defaults().store();
		shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		page = new DatabasePreferencePage();
		page.init(PlatformUI.getWorkbench());
		page.createControl(shell);
	}

	@AfterEach
	void closePage() {
		page.dispose();
		shell.dispose();
		DatabasePreferences.defaults().store();
	}

	@Test
	void aPostgreSqlServerChosenOnThePageIsWhatTheNextStartOpens() {
		assertEquals(Mode.THIS_COMPUTER, page.values().mode(), "a new workspace uses this computer's database");
		page.show(new DatabasePreferences(Mode.POSTGRESQL, "db.office.example", 5433, "cordon", "", "clerk"));
		assertNull(page.getErrorMessage());
		assertTrue(page.performOk());

		DatabasePreferences stored = DatabasePreferences.load();
		assertEquals(new DatabasePreferences(Mode.POSTGRESQL, "db.office.example", 5433, "cordon", "", "clerk"), stored);
		assertTrue(stored.opensServerAtStart(null), "the next start opens the server");
		assertFalse(stored.opensServerAtStart("jdbc:derby://elsewhere:1527/cordon"), "-Dcordon.db.url in the launcher wins");
		DatabaseSettings settings = stored.settings(temp, "secret");
		assertEquals(DatabaseSettings.Engine.POSTGRESQL, settings.engine());
		assertEquals("jdbc:postgresql://db.office.example:5433/cordon", settings.serverUrl());
		assertEquals("clerk", settings.user());
		assertEquals("secret", settings.password());
		assertTrue(settings.populateNew(), "a new server database gets the sample data, as at every start");

		page.show(new DatabasePreferences(Mode.DERBY_SERVER, "", 0, "", "jdbc:derby://office-pc:1527/cordon", "office"));
		assertTrue(page.performOk());
		assertEquals("jdbc:derby://office-pc:1527/cordon", DatabasePreferences.load().settings(temp, "pw").serverUrl(),
				"a full URL wins over host, port and name");

		page.show(new DatabasePreferences(Mode.THIS_COMPUTER, "office-pc", 1527, "cordon", "", ""));
		assertTrue(page.performOk());
		assertFalse(DatabasePreferences.load().opensServerAtStart(null), "this computer's database is the default one");
		DatabaseSettings embedded = DatabasePreferences.load().settings(temp, null);
		assertFalse(embedded.isServer());
		assertEquals(temp.toAbsolutePath().normalize(), embedded.dataFolder());
	}

	@Test
	void malformedAddressesAreRefusedOnThePageAndNotStored() {
		page.show(new DatabasePreferences(Mode.DERBY_SERVER, "", 0, "", "jdbc:derby://", "office"));
		assertFalse(page.isValid());
		assertEquals(NLS.bind(DatabaseMessages.Preferences_malformedUrl, "jdbc:derby://host:port/cordon"), page.getErrorMessage());
		assertFalse(page.performOk());

		page.show(new DatabasePreferences(Mode.DERBY_SERVER, "", 0, "", "jdbc:mysql://office-pc/cordon", "office"));
		assertFalse(page.isValid());
		assertEquals(NLS.bind(DatabaseMessages.Preferences_wrongUrlPrefix, "jdbc:derby://host:port/cordon"), page.getErrorMessage(),
				"the message shows what a URL of the chosen server looks like");

		page.show(new DatabasePreferences(Mode.POSTGRESQL, "office pc", 5432, "cordon", "", "clerk"));
		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().contains("\"office pc\""), page.getErrorMessage());

		page.show(new DatabasePreferences(Mode.POSTGRESQL, "office-pc", 70000, "cordon", "", "clerk"));
		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().contains("70000"), page.getErrorMessage());

		page.show(new DatabasePreferences(Mode.POSTGRESQL, "office-pc", 5432, "cordon", "", ""));
		assertFalse(page.isValid(), "a server database needs a user name");
		assertFalse(page.performOk());
		assertEquals(Mode.THIS_COMPUTER, DatabasePreferences.load().mode(), "nothing refused reaches the preferences");
		assertThrows(IllegalArgumentException.class, () -> new DatabasePreferences(Mode.POSTGRESQL, "office-pc", 5432, "cordon", "", "").store());

		page.show(new DatabasePreferences(Mode.POSTGRESQL, "office-pc", 5432, "cordon", "", "clerk"));
		assertTrue(page.isValid());
		assertNull(page.getErrorMessage());
	}

	@Test
	void testConnectionSaysWhetherTheServerAnswers() {
		int port = TestServers.freeLoopbackPort();
		page.show(new DatabasePreferences(Mode.DERBY_SERVER, "127.0.0.1", port, "cordon", "", "office"));
		page.setPasswordPrompt((url, user) -> "desk-pass-1");
		page.testConnection();
		assertTrue(page.testResult().startsWith(NLS.bind(DatabaseMessages.Preferences_connectionFails, ""))
				&& page.testResult().contains("127.0.0.1:" + port), "nothing listens there: " + page.testResult());
		assertFalse(page.testResult().contains("Exception"), page.testResult());

		try (OfficeServer server = OfficeServer.start(new EmbeddedDerbyDatabase(), temp.resolve("office"), "127.0.0.1", port, "office",
				"desk-pass-1")) {
			page.show(new DatabasePreferences(Mode.DERBY_SERVER, "", 0, "", server.clientUrl(), "office"));
			page.setPasswordPrompt((url, user) -> "desk-pass-1");
			page.testConnection();
			String works = page.testResult();
			page.setPasswordPrompt((url, user) -> "wrong");
			page.testConnection();
			String refused = page.testResult();
			assertEquals(NLS.bind(DatabaseMessages.Preferences_connectionWorks, server.clientUrl(), "office"), works);
			assertTrue(refused.startsWith(NLS.bind(DatabaseMessages.Preferences_connectionFails, "")) && refused.contains("password"), refused);
		}
	}
}
