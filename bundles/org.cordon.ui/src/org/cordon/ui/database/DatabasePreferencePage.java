package org.cordon.ui.database;

import java.util.Optional;

import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.DatabaseUnavailableException;
import org.cordon.persistence.ServerConnection;
import org.cordon.ui.database.DatabasePreferences.Mode;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Database: this computer's database, the office's Derby server or a
 * PostgreSQL server. The choice is kept in the workspace and used at the next start; the database
 * open now stays open, since editors hold records read from it.
 */
public class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.cordon.ui.preferences.database";

	private Combo mode;
	private Text host;
	private Text port;
	private Text databaseName;
	private Text url;
	private Text user;
	private Button testConnection;
	private Label testResult;
	/** Who answers "Test connection"'s question for the password; a dialog unless a test says otherwise. */
	private PasswordPrompt passwordPrompt = this::askPassword;

	/** Asks for the password of a server database's user; {@code null} when the user cancelled. */
	@FunctionalInterface
	public interface PasswordPrompt {
		String password(String url, String user);
	}

	@Override
	public void init(IWorkbench workbench) {
		setDescription(DatabaseMessages.Preferences_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);

		label(body, DatabaseMessages.Preferences_mode);
		mode = new Combo(body, SWT.READ_ONLY);
		mode.setItems(modeLabel(Mode.THIS_COMPUTER), modeLabel(Mode.DERBY_SERVER), modeLabel(Mode.POSTGRESQL));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(mode);
		host = field(body, DatabaseMessages.Preferences_host);
		port = field(body, DatabaseMessages.Preferences_port);
		databaseName = field(body, DatabaseMessages.Preferences_databaseName);
		url = field(body, DatabaseMessages.Preferences_url);
		url.setMessage(DatabaseMessages.Preferences_urlHint);
		user = field(body, DatabaseMessages.Preferences_user);

		testConnection = new Button(body, SWT.PUSH);
		testConnection.setText(DatabaseMessages.Preferences_testConnection);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(testConnection);
		testConnection.addListener(SWT.Selection, e -> testConnection());
		testResult = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(testResult);

		Label nextStart = new Label(body, SWT.WRAP);
		nextStart.setText(launcherUrl() == null ? DatabaseMessages.Preferences_nextStart
				: NLS.bind(DatabaseMessages.Preferences_launcherWins, launcherUrl()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).indent(0, 12).applyTo(nextStart);

		show(DatabasePreferences.load());
		mode.addListener(SWT.Selection, e -> modeChanged());
		for (Text text : new Text[] { host, port, databaseName, url, user }) {
			text.addListener(SWT.Modify, e -> validate());
		}
		return body;
	}

	private static String launcherUrl() {
		String given = System.getProperty(DatabaseSettings.URL_PROPERTY);
		return DatabasePreferences.launcherChoosesDatabase(given) ? given : null;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static Text field(Composite parent, String labelText) {
		label(parent, labelText);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private static String modeLabel(Mode value) {
		return switch (value) {
		case THIS_COMPUTER -> DatabaseMessages.Preferences_modeThisComputer;
		case DERBY_SERVER -> DatabaseMessages.Preferences_modeDerbyServer;
		case POSTGRESQL -> DatabaseMessages.Preferences_modePostgresql;
		};
	}

	/** Puts settings in the page's fields. */
	public void show(DatabasePreferences preferences) {
		mode.select(preferences.mode().ordinal());
		host.setText(preferences.host());
		port.setText(String.valueOf(preferences.port()));
		databaseName.setText(preferences.databaseName());
		url.setText(preferences.url());
		user.setText(preferences.user());
		testResult.setText("");
		enableFields();
		validate();
	}

	/** A changed engine brings its own default port, unless the user typed another. */
	private void modeChanged() {
		Mode chosen = selectedMode();
		String typedPort = port.getText().strip();
		boolean typedDefault = typedPort.isEmpty() || typedPort.equals(String.valueOf(Mode.DERBY_SERVER.defaultPort()))
				|| typedPort.equals(String.valueOf(Mode.POSTGRESQL.defaultPort()));
		if (chosen != Mode.THIS_COMPUTER && typedDefault) {
			port.setText(String.valueOf(chosen.defaultPort()));
		}
		testResult.setText("");
		enableFields();
		validate();
	}

	private Mode selectedMode() {
		return Mode.values()[Math.max(0, mode.getSelectionIndex())];
	}

	private void enableFields() {
		boolean server = selectedMode() != Mode.THIS_COMPUTER;
		for (Control control : new Control[] { host, port, databaseName, url, user, testConnection }) {
			control.setEnabled(server);
		}
	}

	/** What the fields say; the port is -1 when it is not a number (which {@link DatabasePreferences#problem()} refuses). */
	public DatabasePreferences values() {
		int portNumber;
		try {
			portNumber = Integer.parseInt(port.getText().strip());
		} catch (NumberFormatException e) {
			portNumber = -1;
		}
		return new DatabasePreferences(selectedMode(), host.getText(), portNumber, databaseName.getText(), url.getText(), user.getText());
	}

	private Optional<String> problem() {
		if (selectedMode() != Mode.THIS_COMPUTER && url.getText().isBlank() && !port.getText().strip().matches("\\d{1,5}")) {
			return Optional.of(NLS.bind(DatabaseMessages.Preferences_badPort, port.getText().strip()));
		}
		return values().problem();
	}

	private void validate() {
		Optional<String> problem = problem();
		setErrorMessage(problem.orElse(null));
		setValid(problem.isEmpty());
		if (testConnection != null) {
			testConnection.setEnabled(selectedMode() != Mode.THIS_COMPUTER && problem.isEmpty());
		}
	}

	/** Whoever answers the password question of "Test connection"; for tests. */
	public void setPasswordPrompt(PasswordPrompt prompt) {
		this.passwordPrompt = prompt;
	}

	/** The sentence "Test connection" left on the page. */
	public String testResult() {
		return testResult.getText();
	}

	/** Asks for the password and tries one connection with the page's settings; says in one sentence how it went. */
	public void testConnection() {
		DatabasePreferences preferences = values();
		if (problem().isPresent() || !preferences.isServer()) {
			return;
		}
		String serverUrl = preferences.serverUrl().orElseThrow();
		String password = passwordPrompt.password(serverUrl, preferences.user());
		if (password == null) {
			return;
		}
		DatabaseSettings settings = preferences.settings(DatabaseSettings.defaultDataFolder(), password);
		String[] result = new String[1];
		BusyIndicator.showWhile(getControl().getDisplay(), () -> {
			try {
				ServerConnection.test(settings);
				result[0] = NLS.bind(DatabaseMessages.Preferences_connectionWorks, serverUrl, preferences.user());
			} catch (DatabaseUnavailableException e) {
				result[0] = NLS.bind(DatabaseMessages.Preferences_connectionFails, e.getMessage());
			}
		});
		testResult.setText(result[0]);
		testResult.getParent().layout(true, true);
	}

	private String askPassword(String serverUrl, String userName) {
		InputDialog ask = new InputDialog(getShell(), DatabaseMessages.Preferences_passwordTitle,
				NLS.bind(DatabaseMessages.Preferences_passwordPrompt, userName, serverUrl), "", null) {
			@Override
			protected int getInputTextStyle() {
				return super.getInputTextStyle() | SWT.PASSWORD;
			}
		};
		return ask.open() == Window.OK ? ask.getValue() : null;
	}

	@Override
	protected void performDefaults() {
		show(DatabasePreferences.defaults());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		Optional<String> problem = problem();
		if (problem.isPresent()) {
			setErrorMessage(problem.get());
			return false;
		}
		try {
			values().store();
		} catch (IllegalStateException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
