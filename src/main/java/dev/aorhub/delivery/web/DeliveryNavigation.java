package dev.aorhub.delivery.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery module's entries in the main navigation: a person's own work first, then
 * the campaigns and their tasks, then the views across the agency (retainers, resourcing,
 * time reports).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryNavigation {

	static final String SECTION = "Delivery";

	@Bean
	NavigationEntry myWorkNavigation() {
		return new NavigationEntry(SECTION, "My work", "/my-work", "bi-person-check", 300, Set.of());
	}

	@Bean
	NavigationEntry campaignsNavigation() {
		return new NavigationEntry(SECTION, "Campaigns", "/campaigns", "bi-megaphone", 310, Set.of());
	}

	@Bean
	NavigationEntry tasksNavigation() {
		return new NavigationEntry(SECTION, "Tasks", "/tasks", "bi-kanban", 320, Set.of());
	}

	@Bean
	NavigationEntry assetsNavigation() {
		return new NavigationEntry(SECTION, "Creative assets", "/assets", "bi-images", 325, Set.of());
	}

	@Bean
	NavigationEntry reviewQueueNavigation() {
		return new NavigationEntry(SECTION, "Review queue", "/review-queue", "bi-inbox", 305, Set.of());
	}

	@Bean
	NavigationEntry retainersNavigation() {
		return new NavigationEntry(SECTION, "Retainers", "/retainers", "bi-hourglass-split", 340, Set.of());
	}

	@Bean
	NavigationEntry resourcingNavigation() {
		return new NavigationEntry(SECTION, "Resourcing", "/resourcing", "bi-people", 350, Set.of());
	}

	@Bean
	NavigationEntry timeReportsNavigation() {
		return new NavigationEntry(SECTION, "Time reports", "/reports/time", "bi-bar-chart", 360, Set.of());
	}

}
