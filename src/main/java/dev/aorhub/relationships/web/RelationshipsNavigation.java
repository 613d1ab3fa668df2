package dev.aorhub.relationships.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The relationships module's entries in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class RelationshipsNavigation {

	static final String SECTION = "Relationships";

	@Bean
	NavigationEntry portfolioNavigation() {
		return new NavigationEntry(SECTION, "Portfolio", "/portfolio", "bi-briefcase", 200, Set.of());
	}

	@Bean
	NavigationEntry renewalsNavigation() {
		return new NavigationEntry(SECTION, "Renewals", "/renewals", "bi-arrow-repeat", 210, Set.of());
	}

	@Bean
	NavigationEntry teamNavigation() {
		return new NavigationEntry(SECTION, "Team allocation", "/team", "bi-person-workspace", 220, Set.of());
	}

	@Bean
	NavigationEntry serviceCategoriesNavigation() {
		return new NavigationEntry("Admin", "Service categories", "/admin/service-categories", "bi-tags", 905,
				Set.of("ADMIN"));
	}

}
