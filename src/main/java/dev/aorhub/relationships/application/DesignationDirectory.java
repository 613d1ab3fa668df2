package dev.aorhub.relationships.application;

import java.util.Optional;
import java.util.UUID;

import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.relationships.domain.DesignationRepository;
import dev.aorhub.relationships.domain.ServiceCategory;
import dev.aorhub.relationships.domain.ServiceCategoryRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designations for other modules.
 */
@Component
class DesignationDirectory implements Designations {

	private final DesignationRepository designations;

	private final ServiceCategoryRepository categories;

	DesignationDirectory(DesignationRepository designations, ServiceCategoryRepository categories) {
		this.designations = designations;
		this.categories = categories;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DesignationSummary> find(UUID workspaceId, UUID designationId) {
		return this.designations.findByWorkspaceIdAndId(workspaceId, designationId)
			.map((designation) -> designation
				.summary(this.categories.findByWorkspaceIdAndId(workspaceId, designation.getCategoryId())
					.map(ServiceCategory::getName)
					.orElse(null)));
	}

}
