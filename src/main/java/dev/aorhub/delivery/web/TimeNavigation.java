package dev.aorhub.delivery.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time tracking's entries in the main navigation, in the delivery section.
 */
@Configuration(proxyBeanMethods = false)
class TimeNavigation {

	static final String SECTION = "Delivery";

	@Bean
	NavigationEntry timesheetNavigation() {
		return new NavigationEntry(SECTION, "Time", "/time", "bi-stopwatch", 340, Set.of());
	}

	@Bean
	NavigationEntry timeEntriesNavigation() {
		return new NavigationEntry(SECTION, "Time entries", "/time/entries", "bi-clock-history", 345, Set.of());
	}

	@Bean
	NavigationEntry timeApprovalsNavigation() {
		return new NavigationEntry(SECTION, "Time approvals", "/time/approvals", "bi-check2-square", 350,
				Set.of("ADMIN", "ACCOUNT"));
	}

}
