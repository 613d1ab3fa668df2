package dev.aorhub.relationships.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.relationships.domain.ServiceCategory;
import dev.aorhub.relationships.domain.ServiceCategoryRepository;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's service categories: seeded with the usual ones, edited by admins. Names
 * are unique in a workspace without regard to case. Deleting archives, so designations
 * keep their category.
 */
@Service
public class ServiceCategoryService {

	static final String ENTITY = ServiceCategory.ENTITY_TYPE;

	private final ServiceCategoryRepository categories;

	private final ApplicationEventPublisher events;

	ServiceCategoryService(ServiceCategoryRepository categories, ApplicationEventPublisher events) {
		this.categories = categories;
		this.events = events;
	}

	/** The categories new designations may use, by name. */
	@Transactional(readOnly = true)
	public List<ServiceCategory> active(UUID workspaceId) {
		return this.categories.findActive(workspaceId);
	}

	@Transactional(readOnly = true)
	public ServiceCategory get(CurrentUser viewer, UUID id) {
		return this.categories.findByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Service category", id));
	}

	@AdminOnly
	@Transactional
	public ServiceCategory create(CurrentUser admin, String name) {
		checkName(admin.workspaceId(), name, null);
		return this.categories.saveAndFlush(new ServiceCategory(admin.workspaceId(), name));
	}

	/**
	 * Renames a category; {@code version} is checked when given (the contract's shape is
	 * just the name).
	 */
	@AdminOnly
	@Transactional
	public ServiceCategory rename(CurrentUser admin, UUID id, String name, Long version) {
		ServiceCategory category = get(admin, id);
		if (version != null) {
			StaleVersionException.check("The service category", version, category.getVersion());
		}
		checkName(admin.workspaceId(), name, id);
		category.rename(name);
		return this.categories.saveAndFlush(category);
	}

	@AdminOnly
	@Transactional
	public ServiceCategory archive(CurrentUser admin, UUID id) {
		ServiceCategory category = get(admin, id);
		category.archive();
		return this.categories.saveAndFlush(category);
	}

	@AdminOnly
	@Transactional
	public ServiceCategory restore(CurrentUser admin, UUID id) {
		ServiceCategory category = get(admin, id);
		category.restore();
		return this.categories.saveAndFlush(category);
	}

	/**
	 * Gives a new workspace the usual categories, in the sign-up transaction. One audit
	 * entry records them all: the workspace's creation is the change. It is recorded here
	 * with the admin as the actor because no one is signed in yet while the workspace is
	 * made (an event's entry would name AOR Hub instead).
	 */
	@Transactional
	public void seedDefaults(UUID workspaceId, CurrentUser admin) {
		ServiceCategory.DEFAULTS.forEach((name) -> this.categories.save(ServiceCategory.seeded(workspaceId, name)));
		// One entry for the set, in the sign-up transaction: no one is signed in yet, so
		// the
		// event names the new admin as the actor.
		this.events.publishEvent(new AuditedChange(workspaceId,
				AuditEntry.action(ENTITY, workspaceId, "SEEDED",
						"Added the default service categories: " + String.join(", ", ServiceCategory.DEFAULTS)),
				admin));
	}

	private void checkName(UUID workspaceId, String name, UUID self) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "must not be blank");
		}
		if (name.strip().length() > ServiceCategory.MAX_NAME_LENGTH) {
			throw new InvalidInputException("name",
					"must be at most " + ServiceCategory.MAX_NAME_LENGTH + " characters");
		}
		Optional<ServiceCategory> same = this.categories.findByName(workspaceId, name.strip());
		if (same.isPresent() && !same.get().getId().equals(self)) {
			throw new InvalidInputException("name",
					same.get().isArchived() ? "is used by an archived category; restore that one instead"
							: "is already used by another category");
		}
	}

}
