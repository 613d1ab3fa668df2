package dev.aorhub.clients.web;

import java.util.UUID;

import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.domain.Contact;
import dev.aorhub.clients.domain.ContactDetails;
import dev.aorhub.shared.InvalidInputException;

/**
 * The contact form as typed. An unticked box sends nothing, so a missing {@code primary}
 * or {@code active} means false here (the API's null means "leave as is").
 */
record ContactForm(String name, String title, String email, String phone, String level, Boolean primary,
		String reportsToId, Boolean active, String notes, Long version) {

	static ContactForm empty() {
		return new ContactForm("", "", "", "", ContactLevel.MANAGER.name(), false, "", true, "", null);
	}

	static ContactForm of(Contact contact) {
		return new ContactForm(contact.getName(), contact.getTitle(), contact.getEmail(), contact.getPhone(),
				contact.getLevel().name(), contact.isPrimary(),
				(contact.getReportsToId() != null) ? contact.getReportsToId().toString() : "", contact.isActive(),
				contact.getNotes(), contact.getVersion());
	}

	ContactDetails details(InvalidInputException.Collector problems) {
		ContactLevel contactLevel = null;
		if (this.level != null && !this.level.isBlank()) {
			try {
				contactLevel = ContactLevel.valueOf(this.level);
			}
			catch (IllegalArgumentException ex) {
				// The service names the field.
			}
		}
		UUID manager = null;
		if (this.reportsToId != null && !this.reportsToId.isBlank()) {
			try {
				manager = UUID.fromString(this.reportsToId.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add("reportsToId", "is not a contact at this client");
			}
		}
		return new ContactDetails(this.name, this.email, this.phone, this.title, contactLevel,
				Boolean.TRUE.equals(this.primary), manager, Boolean.TRUE.equals(this.active), this.notes);
	}

	public boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

	public boolean isPrimary() {
		return Boolean.TRUE.equals(this.primary);
	}

}
