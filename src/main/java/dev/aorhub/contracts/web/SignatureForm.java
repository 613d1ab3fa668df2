package dev.aorhub.contracts.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ContactSummary;
import dev.aorhub.contracts.application.ApprovalRequest;

/**
 * The client's signature as the pages' signing and approval forms take it: a contact
 * picked from the client's contacts (never typed), the date it was signed (today unless
 * changed) and a comment.
 */
record SignatureForm(String signatoryContactId, String signedOn, String comment, String reason) {

	/**
	 * What the step's comment records: the comment typed in the form and the reason given
	 * in the confirmation of a decline or rejection, either or both.
	 */
	String said() {
		String comment = FormValues.text(this.comment);
		String reason = FormValues.text(this.reason);
		if (comment == null || reason == null || comment.equals(reason)) {
			return (reason != null) ? reason : comment;
		}
		return comment + " (" + reason + ")";
	}

	/** The request; a page must pick a contact when the client has any to pick. */
	ApprovalRequest request(List<ContactSummary> contacts) {
		FormValues values = new FormValues();
		UUID contactId = values.id(this.signatoryContactId, "signatoryContactId");
		LocalDate date = values.date(this.signedOn, "signedOn");
		if (FormValues.text(this.signatoryContactId) == null && !contacts.isEmpty()) {
			values.add("signatoryContactId", "pick who signed for the client");
		}
		values.throwIfAny();
		return ApprovalRequest.signedBy(contactId, date, said());
	}

	/** The values as typed, to show the form again beside its errors. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("signatoryContactId", (this.signatoryContactId != null) ? this.signatoryContactId : "");
		values.put("signedOn", (this.signedOn != null) ? this.signedOn : "");
		values.put("comment", (this.comment != null) ? this.comment : "");
		return values;
	}

}
