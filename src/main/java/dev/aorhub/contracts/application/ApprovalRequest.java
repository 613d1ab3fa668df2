package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * A decision or a step recorded with a name and comment (the client's approver), the
 * optional body of the approval and signing verbs and the fields of the pages' approval
 * forms. A client's signature may say on what date it was signed ({@code signedOn}, or
 * {@code approvedOn} as the change-order verbs name it; today when neither) and which of
 * the client's contacts signed ({@code signatoryContactId}, whose name then is the
 * approver's).
 */
public record ApprovalRequest(
		@Size(max = MAX_APPROVER_NAME, message = "must be at most {max} characters") String approverName,
		@Size(max = MAX_COMMENT, message = "must be at most {max} characters") String comment, LocalDate signedOn,
		LocalDate approvedOn, UUID signatoryContactId) {

	static final int MAX_APPROVER_NAME = 200;

	static final int MAX_COMMENT = 2000;

	/** No name and no comment: the caller decided. */
	public static final ApprovalRequest NONE = new ApprovalRequest(null, null);

	public ApprovalRequest(String approverName, String comment) {
		this(approverName, comment, null, null, null);
	}

	/** A signature by a picked contact on a date, as the pages record it. */
	public static ApprovalRequest signedBy(UUID contactId, LocalDate signedOn, String comment) {
		return new ApprovalRequest(null, comment, signedOn, null, contactId);
	}

}
