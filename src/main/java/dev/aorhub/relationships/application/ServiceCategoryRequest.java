package dev.aorhub.relationships.application;

import dev.aorhub.relationships.domain.ServiceCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A service category to add or rename, as the API and the admin page send it. The name is
 * kept without its surrounding spaces, as the category stores it; {@code version} is
 * checked when given (the contract's shape is just the name).
 */
public record ServiceCategoryRequest(
		@NotBlank(message = "must not be blank") @Size(max = ServiceCategory.MAX_NAME_LENGTH,
				message = "must be at most {max} characters") String name,
		Long version) {

	public ServiceCategoryRequest {
		name = (name != null) ? name.strip() : null;
	}

}
