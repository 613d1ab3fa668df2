package dev.aorhub.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1}: its title and the bearer token every call
 * but sign-up and token creation needs.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI aorHubOpenApi() {
		return new OpenAPI()
			.info(new Info().title("AOR Hub API")
				.version("v1")
				.description("Agency-of-record relationships: workspaces, clients, AOR designations, contracts, "
						+ "delivery, media, billing and reporting. Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("POST /api/v1/auth/tokens, or create one on your API tokens page")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
