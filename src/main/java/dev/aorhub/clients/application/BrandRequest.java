package dev.aorhub.clients.application;

import dev.aorhub.clients.domain.Brand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A brand to add under a client or a new name for one, as the API and the client page
 * send it. The name is kept without its surrounding spaces, as the brand stores it;
 * {@code version} is the one the caller saw, for a rename.
 */
public record BrandRequest(@NotBlank(message = "is required") @Size(max = Brand.MAX_NAME,
		message = "must be at most {max} characters") String name, Long version) {

	public BrandRequest {
		name = (name != null) ? name.strip() : null;
	}

}
