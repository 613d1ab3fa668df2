package dev.aorhub.clients.domain;

import java.util.UUID;
import java.util.regex.Pattern;

import dev.aorhub.clients.ContactLevel;
import dev.aorhub.shared.InvalidInputException;

/**
 * What the account team records about a person at a client.
 */
public record ContactDetails(String name, String email, String phone, String title, ContactLevel level, Boolean primary,
		UUID reportsToId, Boolean active, String notes) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^[+()0-9 .\\-/x]{5,50}$");

	public void validate(InvalidInputException.Collector problems) {
		problems.check(this.name != null && !this.name.isBlank(), "name", "is required");
		problems.check(this.name == null || this.name.strip().length() <= 200, "name",
				"must be at most 200 characters");
		if (this.email != null && !this.email.isBlank()) {
			problems.check(this.email.strip().length() <= 254 && EMAIL.matcher(this.email.strip()).matches(), "email",
					"must be a valid e-mail address");
		}
		if (this.phone != null && !this.phone.isBlank()) {
			problems.check(PHONE.matcher(this.phone.strip()).matches(), "phone", "must be a phone number");
		}
		problems.check(this.title == null || this.title.strip().length() <= 200, "title",
				"must be at most 200 characters");
		problems.check(this.level != null, "level", "must be one of EXECUTIVE, SENIOR, MANAGER, WORKING");
		problems.check(this.notes == null || this.notes.length() <= 4000, "notes", "must be at most 4000 characters");
	}

}
