package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The client's signature of an MSA, a SOW or a change order: on what date, and by whom
 * when known. The signatory is one of the client's contacts ({@code contactId}) when the
 * agency picked one, and {@code name} keeps the name as it was signed, so the record
 * reads the same once the contact changes; both are null when no one said who signed.
 */
@Embeddable
public record Signature(@Column(name = "signed_on") LocalDate signedOn,
		@Column(name = "signatory_contact_id") UUID contactId, @Column(name = "signatory_name") String name) {

	private static final DateTimeFormatter AUDIT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public Signature {
		if (signedOn == null) {
			throw new IllegalArgumentException("a signature has a date");
		}
		name = (name != null && !name.isBlank()) ? name.strip() : null;
	}

	/** Signed on {@code date} by someone no one named. */
	public static Signature unnamed(LocalDate date) {
		return new Signature(date, null, null);
	}

	public boolean hasSignatory() {
		return this.name != null;
	}

	/** How the audit log says it: "by Carla Client on 2 Dec 2026", "on 2 Dec 2026". */
	public String describe() {
		return (hasSignatory() ? "by " + this.name + " " : "") + "on " + AUDIT_DATE.format(this.signedOn);
	}

}
