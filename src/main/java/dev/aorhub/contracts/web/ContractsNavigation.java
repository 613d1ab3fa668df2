package dev.aorhub.contracts.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contracts module's entries in the main navigation. Its renewals and alerts page has
 * no entry of its own: the one "Renewals" entry (the relationships module's renewal
 * pipeline) links to it as a tab, so the menu does not name renewals twice.
 */
@Configuration(proxyBeanMethods = false)
class ContractsNavigation {

	@Bean
	NavigationEntry msasNavigation() {
		return new NavigationEntry("Contracts", "MSAs", "/msas", "bi-file-earmark-text", 400, Set.of());
	}

	@Bean
	NavigationEntry sowsNavigation() {
		return new NavigationEntry("Contracts", "SOWs", "/sows", "bi-journal-check", 410, Set.of());
	}

	@Bean
	NavigationEntry rateCardsNavigation() {
		return new NavigationEntry("Contracts", "Rate cards", "/rate-cards", "bi-tags", 420, Set.of());
	}

	@Bean
	NavigationEntry costRatesNavigation() {
		return new NavigationEntry("Admin", "Cost rates", "/admin/cost-rates", "bi-cash-coin", 930,
				Set.of("ADMIN", "FINANCE"));
	}

}
