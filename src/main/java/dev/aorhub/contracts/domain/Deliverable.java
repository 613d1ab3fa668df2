package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Something the SOW promises to deliver, by a date, and whether it has been.
 */
@Embeddable
public record Deliverable(@Column(name = "workspace_id") UUID workspaceId, String name,
		@Column(name = "due_date") LocalDate dueDate, boolean done) {

}
