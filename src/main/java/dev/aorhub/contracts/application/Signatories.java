package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.Clients;
import dev.aorhub.clients.ContactSummary;
import dev.aorhub.contracts.domain.Signature;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Reads the client's signature from the body of a signing or approval verb: the date
 * (today in the workspace when none is given, never a day still to come) and the
 * signatory, one of the client's current contacts; a contact of another client or
 * workspace is refused as not one of them. Without a contact the signatory is the name
 * the caller gave, or unknown; a client user signs in person.
 */
@Component
class Signatories {

	private final Clients clients;

	private final WorkspaceClock clock;

	private final Validator validator;

	Signatories(Clients clients, WorkspaceClock clock, Validator validator) {
		this.clients = clients;
		this.clock = clock;
		this.validator = validator;
	}

	/** The signature {@code input} records for {@code clientId}, or one 422. */
	Signature signature(CurrentUser user, UUID clientId, ApprovalRequest input) {
		ApprovalRequest request = (input != null) ? input : ApprovalRequest.NONE;
		var problems = RequestProblems.of(this.validator, request, List.of());
		LocalDate today = this.clock.today(user.workspaceId());
		String dateField = (request.approvedOn() != null) ? "approvedOn" : "signedOn";
		LocalDate signedOn = (request.approvedOn() != null) ? request.approvedOn() : request.signedOn();
		if (signedOn == null) {
			signedOn = today;
		}
		else if (signedOn.isAfter(today)) {
			problems.add(dateField, "must not be in the future");
		}
		UUID contactId = request.signatoryContactId();
		String name = RequestProblems.clean(request.approverName());
		if (contactId != null) {
			ContactSummary contact = this.clients.contacts(user.workspaceId(), clientId)
				.stream()
				.filter((candidate) -> candidate.id().equals(contactId))
				.findFirst()
				.orElse(null);
			if (contact == null) {
				problems.add("signatoryContactId", "is not a current contact of this client");
			}
			else {
				name = contact.name();
			}
		}
		problems.throwIfAny();
		if (user.isClientUser()) {
			return new Signature(signedOn, null, user.name());
		}
		return new Signature(signedOn, contactId, name);
	}

}
