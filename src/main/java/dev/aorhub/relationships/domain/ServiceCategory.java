package dev.aorhub.relationships.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.persistence.TenantAggregate;
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

	private String name;

	private boolean archived;

	protected ServiceCategory() {
	}

	public ServiceCategory(UUID workspaceId, String name) {
		super(workspaceId);
		rename(name);
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
