package dev.aorhub.contracts.domain;

import java.util.UUID;

/**
 * Who took an approval step: a name always; the staff user who approved or recorded it;
 * and, once the portal lets client users answer themselves, the client user.
 */
public record Approver(String name, UUID staffUserId, UUID clientUserId) {

	public Approver {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an approver has a name");
		}
	}

}
