package dev.aorhub.workspace.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Browser sessions stay in Spring Session's JDBC store as Spring Boot configures it, seen
 * through {@link FrugalSessionRepository} so that a page request reads its session once
 * and rarely writes it.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor frugalSessionStore() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository store) ? new FrugalSessionRepository(store) : bean;
			}

		};
	}

	/**
	 * Two requests of one session that both set an attribute it did not have (a page and
	 * its htmx call each making the CSRF token) would both insert the attribute's row,
	 * and the second answered 500. The attribute is written as an upsert instead:
	 * PostgreSQL's {@code ON CONFLICT}, as Spring Session's own customizer writes it, and
	 * H2's {@code MERGE ... KEY}.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource) {
		return (repository) -> {
			if (isPostgreSql(dataSource)) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
			else {
				repository.setCreateSessionAttributeQuery("""
						MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
						KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
						VALUES (?, ?, ?)
						""");
			}
		};
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot tell which database holds the sessions", ex);
		}
	}

	@Bean
	CookieSerializer sessionCookie() {
		return SessionCookies.sessionCookie();
	}

	@Bean
	FilterRegistrationBean<FrugalSessionRepository.RequestScope> sessionReadScope() {
		var registration = new FilterRegistrationBean<>(new FrugalSessionRepository.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
