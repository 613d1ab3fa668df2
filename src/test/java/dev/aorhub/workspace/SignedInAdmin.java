package dev.aorhub.workspace;

import java.util.EnumSet;
import java.util.UUID;

import dev.aorhub.workspace.application.SignupService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For module tests that call services directly: signs up a new workspace and puts its
 * admin in the security context, as the demo seeder does, so method security and the
 * audit trail see a signed-in user.
 */
public final class SignedInAdmin {

	private SignedInAdmin() {
	}

	public static CurrentUser signUp(SignupService signups) {
		String key = UUID.randomUUID().toString().substring(0, 8);
		CurrentUser admin = signups
			.create(new SignupService.Signup("Agency " + key, "admin-" + key + "@example.test", "Ada Admin",
					"Blue-Harbour-Lantern-42", "USD", "UTC"), EnumSet.of(Role.ADMIN, Role.ACCOUNT))
			.admin();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
				admin.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
		return admin;
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
