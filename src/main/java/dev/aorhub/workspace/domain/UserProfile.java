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

	/** What a plausible e-mail address looks like, for this check and request records. */
	public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	public static final String EMAIL_RULE = "must be a valid e-mail address";

	public static final String NAME_RULE = "must be 1 to 120 characters";

	public static final String ROLES_RULE = "must name at least one role";

	private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

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
				EMAIL_RULE);
		problems.check(this.name != null && !this.name.isBlank() && this.name.strip().length() <= 120, "name",
				NAME_RULE);
		problems.check(!this.roles.isEmpty(), "roles", ROLES_RULE);
		if (this.roles.contains(Role.CLIENT)) {
			problems.check(this.roles.size() == 1, "roles", "Client (portal) cannot be combined with staff roles");
			problems.check(this.clientId != null, "clientId", "is required for a client (portal) user");
		}
		else {
			problems.check(this.clientId == null, "clientId", "is only for client (portal) users");
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
