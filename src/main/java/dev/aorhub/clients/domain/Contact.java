package dev.aorhub.clients.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ContactLevel;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A person at a client, with their level and place in the client's org chart.
 */
@Entity
@Table(name = "contact")
public class Contact extends TenantAggregate {

	/** How the audit log names a contact. */
	public static final String ENTITY_TYPE = "Contact";

	@Column(name = "client_id", updatable = false)
	private UUID clientId;

	private String name;

	private String email;

	private String phone;

	private String title;

	@Enumerated(EnumType.STRING)
	private ContactLevel level;

	@Column(name = "is_primary")
	private boolean primary;

	@Column(name = "reports_to_id")
	private UUID reportsToId;

	private boolean active;

	private String notes;

	private boolean archived;

	protected Contact() {
	}

	/** {@code clientName} is for the audit log. */
	public Contact(UUID workspaceId, UUID clientId, ContactDetails details, String clientName) {
		super(workspaceId);
		this.clientId = clientId;
		this.active = true;
		apply(details);
		registerEvent(new AuditedChange(workspaceId, AuditEntry.created(ENTITY_TYPE, getId(),
				"Added contact " + this.name + " at " + clientName, auditState())));
	}

	/**
	 * Assumes the details were validated and reportsToId checked against the org chart.
	 */
	public void change(ContactDetails details) {
		Map<String, Object> before = auditState();
		apply(details);
		registerEvent(new AuditedChange(getWorkspaceId(),
				AuditEntry.updated(ENTITY_TYPE, getId(), "Changed contact " + this.name, before, auditState())));
	}

	private void apply(ContactDetails details) {
		this.name = details.name().strip();
		this.email = ClientDetails.clean(details.email());
		if (this.email != null) {
			this.email = this.email.toLowerCase(Locale.ROOT);
		}
		this.phone = ClientDetails.clean(details.phone());
		this.title = ClientDetails.clean(details.title());
		this.level = details.level();
		this.primary = Boolean.TRUE.equals(details.primary());
		this.reportsToId = details.reportsToId();
		if (details.active() != null) {
			this.active = details.active();
		}
		this.notes = ClientDetails.clean(details.notes());
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			this.primary = false;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "ARCHIVED", "Archived contact " + this.name)));
		}
	}

	/** Back in the org chart; the primary flag stays off until someone sets it again. */
	public void restore() {
		if (this.archived) {
			this.archived = false;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "RESTORED", "Restored contact " + this.name)));
		}
	}

	/** Another contact of the client became the primary one. */
	public void notPrimary() {
		if (this.primary) {
			this.primary = false;
			registerEvent(new AuditedChange(getWorkspaceId(), AuditEntry.action(ENTITY_TYPE, getId(),
					AuditEntry.UPDATED, this.name + " is no longer the primary contact")));
		}
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("email", this.email);
		state.put("phone", this.phone);
		state.put("title", this.title);
		state.put("level", this.level);
		state.put("primary", this.primary);
		state.put("reportsToId", this.reportsToId);
		state.put("active", this.active);
		state.put("notes", this.notes);
		state.put("archived", this.archived);
		return state;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getTitle() {
		return this.title;
	}

	public ContactLevel getLevel() {
		return this.level;
	}

	public boolean isPrimary() {
		return this.primary;
	}

	public UUID getReportsToId() {
		return this.reportsToId;
	}

	public boolean isActive() {
		return this.active;
	}

	public String getNotes() {
		return this.notes;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
