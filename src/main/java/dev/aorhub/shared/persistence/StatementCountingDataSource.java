package dev.aorhub.shared.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A DataSource that tells {@code onStatement} the SQL of every statement prepared on its
 * connections: JPA's and JdbcClient's alike (Hibernate's statistics see only the former).
 * The statement-count tests and the benchmark's statements-per-request figure both count
 * through it.
 */
public class StatementCountingDataSource extends DelegatingDataSource {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final Consumer<String> onStatement;

	public StatementCountingDataSource(DataSource target, Consumer<String> onStatement) {
		super(target);
		this.onStatement = onStatement;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counting(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counting(super.getConnection(username, password));
	}

	private Connection counting(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (STATEMENT_METHODS.contains(method.getName())) {
				this.onStatement
					.accept((args != null && args.length > 0 && args[0] != null) ? args[0].toString() : null);
			}
			return invoke(connection, method, args);
		};
		return (Connection) Proxy.newProxyInstance(StatementCountingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private static Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(connection, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
