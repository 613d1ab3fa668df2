package dev.aorhub.workspace.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workspace module's entries in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceNavigation {

	@Bean
	NavigationEntry homeNavigation() {
		return new NavigationEntry("", "Dashboard", "/", "bi-speedometer2", 0, Set.of());
	}

	@Bean
	NavigationEntry usersNavigation() {
		return new NavigationEntry("Admin", "Users", "/admin/users", "bi-people", 900, Set.of("ADMIN"));
	}

	@Bean
	NavigationEntry auditNavigation() {
		return new NavigationEntry("Admin", "Audit log", "/admin/audit", "bi-journal-text", 910, Set.of("ADMIN"));
	}

	@Bean
	NavigationEntry securityLogNavigation() {
		return new NavigationEntry("Admin", "Security log", "/admin/security-log", "bi-shield-lock", 915,
				Set.of("ADMIN"));
	}

	@Bean
	NavigationEntry settingsNavigation() {
		return new NavigationEntry("Admin", "Workspace", "/admin/workspace", "bi-gear", 920, Set.of("ADMIN"));
	}

	@Bean
	NavigationEntry exchangeRatesNavigation() {
		return new NavigationEntry("Admin", "Exchange rates", "/exchange-rates", "bi-currency-exchange", 925,
				Set.of("ADMIN", "FINANCE"));
	}

}
