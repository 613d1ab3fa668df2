package dev.aorhub.clients.domain;

import java.util.UUID;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.persistence.TenantAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A brand the client markets under its own name (a client's product lines often have
 * their own campaigns, budgets and sometimes their own agencies).
 */
@Entity
@Table(name = "brand")
public class Brand extends TenantAggregate {

	public static final int MAX_NAME = 200;

	@Column(name = "client_id", updatable = false)
	private UUID clientId;

	private String name;

	private boolean archived;

	protected Brand() {
	}

	public Brand(UUID workspaceId, UUID clientId, String name) {
		super(workspaceId);
		this.clientId = clientId;
		rename(name);
	}

	/** Checks a brand name as typed; the service adds the uniqueness rule. */
	public static void validateName(String name, InvalidInputException.Collector problems) {
		if (name == null || name.isBlank()) {
			problems.add("name", "is required");
		}
		else if (name.strip().length() > MAX_NAME) {
			problems.add("name", "must be at most " + MAX_NAME + " characters");
		}
	}

	public final void rename(String name) {
		this.name = name.strip();
	}

	public void archive() {
		this.archived = true;
	}

	public void restore() {
		this.archived = false;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public String getName() {
		return this.name;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
