package dev.aorhub.relationships.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A kind of work a client can give an agency (media buying, creative, PR...). Each
 * workspace keeps its own list; archived categories stay on the designations that use
 * them but are not offered for new ones.
 */
@Entity
@Table(name = "service_category")
public class ServiceCategory extends TenantAggregate {

	/** What a new workspace starts with. */
	public static final List<String> DEFAULTS = List.of("Media Buying", "Creative", "Digital Marketing", "Social",
			"Search", "PR", "Strategy", "Analytics");

	public static final int MAX_NAME_LENGTH = 80;

	/** How the audit log names a service category. */
	public static final String ENTITY_TYPE = "ServiceCategory";

	private String name;

	private boolean archived;

	protected ServiceCategory() {
	}

	public ServiceCategory(UUID workspaceId, String name) {
		this(workspaceId, name, true);
	}

	private ServiceCategory(UUID workspaceId, String name, boolean audited) {
		super(workspaceId);
		this.name = name.strip();
		if (audited) {
			registerEvent(new AuditedChange(workspaceId,
					AuditEntry.created(ENTITY_TYPE, getId(), "Created service category " + this.name, auditState())));
		}
	}

	/**
	 * One of the {@link #DEFAULTS} a new workspace starts with: the workspace's creation
	 * is the change, so the seeding's one audit entry covers them all.
	 */
	public static ServiceCategory seeded(UUID workspaceId, String name) {
		return new ServiceCategory(workspaceId, name, false);
	}

	public void rename(String name) {
		Map<String, Object> before = auditState();
		this.name = name.strip();
		registerEvent(new AuditedChange(getWorkspaceId(), AuditEntry.updated(ENTITY_TYPE, getId(),
				"Renamed service category " + before.get("name") + " to " + this.name, before, auditState())));
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "ARCHIVED", "Archived service category " + this.name)));
		}
	}

	public void restore() {
		if (this.archived) {
			this.archived = false;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "RESTORED", "Restored service category " + this.name)));
		}
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("archived", this.archived);
		return state;
	}

	public String getName() {
		return this.name;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
