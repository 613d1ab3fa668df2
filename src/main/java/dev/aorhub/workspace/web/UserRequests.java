package dev.aorhub.workspace.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserProfile;

/**
 * The shapes of the users API.
 */
final class UserRequests {

	private UserRequests() {
	}

	record CreateUserRequest(String email, String name, String password, List<String> roles, UUID clientId) {

		UserProfile profile() {
			return new UserProfile(this.email, this.name, parseRoles(this.roles), this.clientId);
		}

	}

	record UpdateUserRequest(String email, String name, List<String> roles, UUID clientId, Boolean active,
			Long version) {

		UserProfile profile() {
			return new UserProfile(this.email, this.name, parseRoles(this.roles), this.clientId);
		}

	}

	record PasswordRequest(String password) {
	}

	record UserResponse(UUID id, String email, String name, Set<Role> roles, UUID clientId, boolean active,
			Instant lastLoginAt, Instant createdAt, long version) {

		static UserResponse of(UserAccount user) {
			return new UserResponse(user.getId(), user.getEmail(), user.getName(), user.getRoles(), user.getClientId(),
					user.isActive(), user.getLastLoginAt(), user.getCreatedAt(), user.getVersion());
		}

		static UserResponse of(UserQueries.UserRow row) {
			return new UserResponse(row.id(), row.email(), row.name(), row.roles(), row.clientId(), row.active(),
					row.lastLoginAt(), row.createdAt(), row.version());
		}

	}

	/**
	 * Role names as sent; an unknown one is a 422 naming the field, not a parse error.
	 */
	static Set<Role> parseRoles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names == null) {
			return roles;
		}
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw new InvalidInputException("roles[" + i + "]",
						"must be one of " + java.util.Arrays.toString(Role.values()));
			}
		}
		return roles;
	}

}
