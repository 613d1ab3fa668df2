package dev.aorhub.clients.domain;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
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

	/** How the audit log names a brand. */
	public static final String ENTITY_TYPE = "Brand";

	@Column(name = "client_id", updatable = false)
	private UUID clientId;

	private String name;

	private boolean archived;

	protected Brand() {
	}

	/** {@code clientName} is for the audit log. */
	public Brand(UUID workspaceId, UUID clientId, String name, String clientName) {
		super(workspaceId);
		this.clientId = clientId;
		this.name = name.strip();
		registerEvent(new AuditedChange(workspaceId, AuditEntry.created(ENTITY_TYPE, getId(),
				"Added brand " + this.name + " to " + clientName, Map.of("name", this.name))));
	}

	public void rename(String name) {
		String before = this.name;
		this.name = name.strip();
		registerEvent(new AuditedChange(getWorkspaceId(), AuditEntry.updated(ENTITY_TYPE, getId(),
				"Renamed brand " + before + " to " + this.name, Map.of("name", before), Map.of("name", this.name))));
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "ARCHIVED", "Archived brand " + this.name)));
		}
	}

	public void restore() {
		if (this.archived) {
			this.archived = false;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "RESTORED", "Restored brand " + this.name)));
		}
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
