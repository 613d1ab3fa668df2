package dev.aorhub;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.aorhub.shared.persistence.StatementCountingDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application prepares on the application's DataSource:
 * JPA's and JdbcClient's alike (Hibernate's statistics see only the former). Only the
 * statements of the thread that {@link #count counts} are taken, so work of asynchronous
 * event listeners never blurs a request's number. Import it into a test with
 * {@code @Import(SqlStatementCounter.Configuration.class)}.
 */
public final class SqlStatementCounter {

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

	private void prepared(String sql) {
		if (this.counting == Thread.currentThread()) {
			this.statements.add((sql != null) ? sql.replaceAll("\\s+", " ").strip() : "(statement)");
		}
	}

	DataSource wrap(DataSource dataSource) {
		return new StatementCountingDataSource(dataSource, this::prepared);
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
