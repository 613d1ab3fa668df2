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

}
