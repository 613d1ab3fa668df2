package dev.aorhub.workspace.security;

import dev.aorhub.workspace.config.WorkspaceProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passkeys kept in the database (Spring Security's JDBC repositories over the tables of
 * {@code V18__workspace_second_factor.sql}), which {@code http.webAuthn()} picks up.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc, SecondFactors secondFactors,
			PlatformTransactionManager transactions) {
		return new AuditedUserCredentials(new JdbcUserCredentialRepository(jdbc), secondFactors,
				new TransactionTemplate(transactions));
	}

	@Bean
	PasskeyRelyingParty passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, WorkspaceProperties properties, UserLoader users,
			ApplicationEventPublisher events) {
		return new PasskeyRelyingParty(userEntities, credentials, properties.security().passkeys(), users, events);
	}

}
