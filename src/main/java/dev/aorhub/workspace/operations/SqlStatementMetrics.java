package dev.aorhub.workspace.operations;

import javax.sql.DataSource;

import dev.aorhub.shared.persistence.StatementCountingDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the SQL statements the instance runs as the metric
 * {@code aorhub.sql.statements}, when {@code aorhub.operations.count-statements=true}:
 * the benchmark reads it before and after one request to print statements per request,
 * and an operator can watch it for a page that suddenly runs a query per row. Off by
 * default: it wraps every connection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("aorhub.operations.count-statements")
class SqlStatementMetrics {

	@Bean
	static BeanPostProcessor statementCountingDataSource(ObjectProvider<MeterRegistry> registry) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof StatementCountingDataSource)) {
					Counter[] counter = new Counter[1];
					return new StatementCountingDataSource(dataSource, (sql) -> {
						if (counter[0] == null) {
							counter[0] = Counter.builder("aorhub.sql.statements")
								.description("SQL statements prepared on the application's connections")
								.register(registry.getObject());
						}
						counter[0].increment();
					});
				}
				return bean;
			}

		};
	}

}
