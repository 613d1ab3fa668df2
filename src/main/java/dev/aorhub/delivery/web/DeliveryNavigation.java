package dev.aorhub.delivery.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Delivery's entries in the main navigation for retainers, resourcing and time reports.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryNavigation {

	@Bean
	NavigationEntry retainersNavigation() {
		return new NavigationEntry("Delivery", "Retainers", "/retainers", "bi-hourglass-split", 540, Set.of());
	}

	@Bean
	NavigationEntry resourcingNavigation() {
		return new NavigationEntry("Delivery", "Resourcing", "/resourcing", "bi-people", 550, Set.of());
	}

	@Bean
	NavigationEntry timeReportsNavigation() {
		return new NavigationEntry("Delivery", "Time reports", "/reports/time", "bi-bar-chart", 560, Set.of());
	}

}
