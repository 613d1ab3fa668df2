package dev.aorhub.clients.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clients module's entries in the main navigation, for all staff.
 */
@Configuration(proxyBeanMethods = false)
class ClientNavigation {

	static final String SECTION = "Accounts";

	@Bean
	NavigationEntry clientsNavigation() {
		return new NavigationEntry(SECTION, "Clients", "/clients", "bi-buildings", 100, Set.of());
	}

	@Bean
	NavigationEntry contactsNavigation() {
		return new NavigationEntry(SECTION, "Contacts", "/contacts", "bi-person-vcard", 110, Set.of());
	}

}
