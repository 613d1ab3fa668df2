package dev.aorhub.workspace.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.workspace.Role;

/**
 * What an admin sets about a user, with the rules that hold for it: a plausible e-mail, a
 * name, at least one role, and a client binding exactly when the user is a client user.
 */
public record UserProfile(String email, String name, Set<Role> roles, UUID clientId) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public UserProfile {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

	public String normalisedEmail() {
		return (this.email != null) ? this.email.strip().toLowerCase(Locale.ROOT) : null;
	}

	public List<FieldProblem> problems() {
		var problems = new InvalidInputException.Collector();
		String normalised = normalisedEmail();
		problems.check(normalised != null && normalised.length() <= 254 && EMAIL.matcher(normalised).matches(), "email",
				"must be a valid e-mail address");
		problems.check(this.name != null && !this.name.isBlank() && this.name.strip().length() <= 120, "name",
				"must be 1 to 120 characters");
		problems.check(!this.roles.isEmpty(), "roles", "must name at least one role");
		if (this.roles.contains(Role.CLIENT)) {
			problems.check(this.roles.size() == 1, "roles", "CLIENT cannot be combined with staff roles");
			problems.check(this.clientId != null, "clientId", "is required for a CLIENT user");
		}
		else {
			problems.check(this.clientId == null, "clientId", "is only for CLIENT users");
		}
		try {
			problems.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
	}

}
