package dev.aorhub.workspace.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.domain.UserProfile;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A user as an admin sends it, from the API or the user form: on creating, with the first
 * password; on changing, with whether the user may sign in and the version the admin saw.
 * The rules across fields (a client user is bound to one client and has no staff role, a
 * password is not the e-mail) are the domain's, checked on saving.
 */
public record UserRequest(
		@NotBlank(message = UserProfile.EMAIL_RULE) @Email(regexp = UserProfile.EMAIL_PATTERN,
				message = UserProfile.EMAIL_RULE) @Size(max = 254, message = UserProfile.EMAIL_RULE) String email,
		@NotBlank(message = UserProfile.NAME_RULE) @Size(max = 120, message = UserProfile.NAME_RULE) String name,
		String password, @NotEmpty(message = UserProfile.ROLES_RULE) List<@NotNull Role> roles, UUID clientId,
		Boolean active, Long version) {

	public UserRequest {
		email = (email != null) ? email.strip() : null;
		roles = (roles != null) ? roles.stream().filter((role) -> role != null).toList() : List.of();
	}

	public UserProfile profile() {
		Set<Role> set = this.roles.isEmpty() ? Set.of() : EnumSet.copyOf(this.roles);
		return new UserProfile(this.email, this.name, set, this.clientId);
	}

	/**
	 * Absent means yes: a user stays able to sign in unless the request says otherwise.
	 */
	public boolean mayBeActive() {
		return !Boolean.FALSE.equals(this.active);
	}

	/** The same request without its password, to show the form again. */
	public UserRequest withoutPassword() {
		return new UserRequest(this.email, this.name, "", this.roles, this.clientId, this.active, this.version);
	}

}
