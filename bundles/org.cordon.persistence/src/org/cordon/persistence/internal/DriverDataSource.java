package org.cordon.persistence.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source over a driver instance. EclipseLink given only a URL first asks the
 * {@code DriverManager}, which in OSGi cannot see the driver, and when the real connection then
 * fails it reports that lookup ("No suitable driver") instead of the driver's own error. Handing
 * it this data source keeps the driver's SQLException as the cause.
 */
final class DriverDataSource implements DataSource {

	private final Driver driver;
	private final String url;
	private final Properties connectionProperties;
	/** Run on every new connection, or null: a Derby server user's default schema is their own, not the shared APP. */
	private final String connectionSetUp;
	private PrintWriter logWriter;
	private int loginTimeoutSeconds;

	DriverDataSource(Driver driver, String url, Properties connectionProperties) {
		this(driver, url, connectionProperties, null);
	}

	DriverDataSource(Driver driver, String url, Properties connectionProperties, String connectionSetUp) {
		this.driver = driver;
		this.url = url;
		this.connectionProperties = connectionProperties;
		this.connectionSetUp = connectionSetUp;
	}

	private Connection prepared(Connection connection) throws SQLException {
		if (connectionSetUp != null) {
			try (java.sql.Statement statement = connection.createStatement()) {
				statement.execute(connectionSetUp);
			} catch (SQLException e) {
				connection.close();
				throw e;
			}
		}
		return connection;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = driver.connect(url, connectionProperties);
		if (connection == null) {
			throw new SQLException("The driver " + driver.getClass().getName() + " does not accept " + url, "08001");
		}
		return prepared(connection);
	}

	@Override
	public Connection getConnection(String user, String password) throws SQLException {
		Properties withCredentials = new Properties();
		withCredentials.putAll(connectionProperties);
		withCredentials.setProperty("user", user);
		withCredentials.setProperty("password", password);
		Connection connection = driver.connect(url, withCredentials);
		if (connection == null) {
			throw new SQLException("The driver " + driver.getClass().getName() + " does not accept " + url, "08001");
		}
		return prepared(connection);
	}

	@Override
	public PrintWriter getLogWriter() {
		return logWriter;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
		this.logWriter = out;
	}

	@Override
	public void setLoginTimeout(int seconds) {
		this.loginTimeoutSeconds = seconds;
	}

	@Override
	public int getLoginTimeout() {
		return loginTimeoutSeconds;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		if (iface.isInstance(this)) {
			return iface.cast(this);
		}
		throw new SQLException("not a wrapper of " + iface.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) {
		return iface.isInstance(this);
	}
}
