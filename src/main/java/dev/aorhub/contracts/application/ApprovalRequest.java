package dev.aorhub.contracts.application;

import jakarta.validation.constraints.Size;

/**
 * A decision or a step recorded with a name and comment (the client's approver), the
 * optional body of the approval verbs and the fields of the pages' approval forms.
 */
public record ApprovalRequest(
		@Size(max = MAX_APPROVER_NAME, message = "must be at most {max} characters") String approverName,
		@Size(max = MAX_COMMENT, message = "must be at most {max} characters") String comment) {

	static final int MAX_APPROVER_NAME = 200;

	static final int MAX_COMMENT = 2000;

	/** No name and no comment: the caller decided. */
	public static final ApprovalRequest NONE = new ApprovalRequest(null, null);

}
