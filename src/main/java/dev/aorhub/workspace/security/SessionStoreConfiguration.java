package dev.aorhub.workspace.security;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
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
