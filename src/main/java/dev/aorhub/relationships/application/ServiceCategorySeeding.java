package dev.aorhub.relationships.application;

import dev.aorhub.workspace.WorkspaceCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new workspace starts with the usual service categories, made in the sign-up
 * transaction so a workspace never exists without them.
 */
@Component
class ServiceCategorySeeding {

	private final ServiceCategoryService categories;

	ServiceCategorySeeding(ServiceCategoryService categories) {
		this.categories = categories;
	}

	@EventListener
	void on(WorkspaceCreated event) {
		this.categories.seedDefaults(event.workspaceId(), event.admin());
	}

}
