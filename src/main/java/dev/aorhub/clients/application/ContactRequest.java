package dev.aorhub.clients.application;

import java.util.UUID;

import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.domain.Contact;
import dev.aorhub.clients.domain.ContactDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person at a client to add or change, as the API, the contact form and the import send
 * it. Text is kept without its surrounding spaces and blank optional text is none. A null
 * {@code active} leaves it as it is (a new contact is active) and a null {@code primary}
 * is no; {@code version} is the one the caller saw, for a change.
 */
public record ContactRequest(@NotBlank(message = "is required") @Size(max = 200, message = MAX) String name,
		@Pattern(regexp = EMAIL, message = "must be a valid e-mail address") String email,
		@Pattern(regexp = PHONE, message = "must be a phone number") String phone,
		@Size(max = 200, message = MAX) String title,
		@NotNull(message = "must be one of EXECUTIVE, SENIOR, MANAGER, WORKING") ContactLevel level, Boolean primary,
		UUID reportsToId, Boolean active, @Size(max = 4000, message = MAX) String notes, Long version) {

	static final String MAX = "must be at most {max} characters";

	/** At most 254 characters, one {@code @}, a dot in the domain. */
	static final String EMAIL = "^(?=.{1,254}$)[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	static final String PHONE = "^[+()0-9 .\\-/x]{5,50}$";

	public ContactRequest {
		name = (name != null) ? name.strip() : null;
		email = clean(email);
		phone = clean(phone);
		title = clean(title);
		notes = clean(notes);
	}

	/** The contact as it is now, as a request that would change nothing. */
	public static ContactRequest of(Contact contact) {
		return new ContactRequest(contact.getName(), contact.getEmail(), contact.getPhone(), contact.getTitle(),
				contact.getLevel(), contact.isPrimary(), contact.getReportsToId(), contact.isActive(),
				contact.getNotes(), contact.getVersion());
	}

	/** The same request with the contact it reports to. */
	public ContactRequest reportingTo(UUID manager) {
		return new ContactRequest(this.name, this.email, this.phone, this.title, this.level, this.primary, manager,
				this.active, this.notes, this.version);
	}

	ContactDetails details() {
		return new ContactDetails(this.name, this.email, this.phone, this.title, this.level, this.primary,
				this.reportsToId, this.active, this.notes);
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
