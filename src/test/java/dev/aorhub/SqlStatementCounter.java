package dev.aorhub;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts every SQL statement the application prepares on the application's DataSource:
 * JPA's and JdbcClient's alike (Hibernate's statistics see only the former). Only the
 * statements of the thread that {@link #count counts} are taken, so work of asynchronous
 * event listeners never blurs a request's number. Import it into a test with
 * {@code @Import(SqlStatementCounter.Configuration.class)}.
 */
public final class SqlStatementCounter {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private volatile Thread counting;

	private final List<String> statements = new ArrayList<>();

	/** What one piece of work ran: its result and the SQL of each statement, in order. */
	public record Counted<T>(T result, List<String> statements) {

		public int count() {
			return this.statements.size();
		}

		/** The statements one per line, for an assertion's description. */
		public String listing() {
			return String.join("\n", this.statements);
		}

	}

	/** Runs {@code work} in this thread and answers the statements it prepared. */
	public synchronized <T> Counted<T> count(Supplier<T> work) {
		this.statements.clear();
		this.counting = Thread.currentThread();
		try {
			T result = work.get();
			return new Counted<>(result, List.copyOf(this.statements));
		}
		finally {
			this.counting = null;
		}
	}

	private void prepared(Object sql) {
		if (this.counting == Thread.currentThread()) {
			this.statements.add((sql != null) ? sql.toString().replaceAll("\\s+", " ").strip() : "(statement)");
		}
	}

	DataSource wrap(DataSource dataSource) {
		return new DelegatingDataSource(dataSource) {

			@Override
			public Connection getConnection() throws SQLException {
				return counting(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return counting(super.getConnection(username, password));
			}

		};
	}

	private Connection counting(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (STATEMENT_METHODS.contains(method.getName())) {
				prepared((args != null && args.length > 0) ? args[0] : null);
			}
			return invoke(connection, method, args);
		};
		return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
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

	/** Wraps the application's DataSource in a counting one. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static SqlStatementCounter sqlStatementCounter() {
			return new SqlStatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(ObjectProvider<SqlStatementCounter> counter) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? counter.getObject().wrap(dataSource) : bean;
				}

			};
		}

	}

}
