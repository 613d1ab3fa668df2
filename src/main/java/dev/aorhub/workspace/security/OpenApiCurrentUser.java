package dev.aorhub.workspace.security;

import dev.aorhub.workspace.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;

/**
 * The signed-in user is resolved on the server from the token or the session
 * ({@link CurrentUserArgumentResolver}); it is no parameter a client sends, so the API
 * description leaves it out of every operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiCurrentUser {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

}
