package dev.aorhub.relationships.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.relationships.domain.ServiceCategory;
import dev.aorhub.relationships.domain.ServiceCategoryRepository;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

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

	private final Validator validator;

	ServiceCategoryService(ServiceCategoryRepository categories, ApplicationEventPublisher events,
			Validator validator) {
		this.categories = categories;
		this.events = events;
		this.validator = validator;
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

	/**
	 * Adds a category; {@code unreadable} are the values the caller's binding could not
	 * read (they are reported with every other problem of the request).
	 */
	@AdminOnly
	@Transactional
	public ServiceCategory create(CurrentUser admin, ServiceCategoryRequest request, List<FieldProblem> unreadable) {
		validate(admin.workspaceId(), request, unreadable, null);
		return this.categories.saveAndFlush(new ServiceCategory(admin.workspaceId(), request.name()));
	}

	/**
	 * Renames a category; the request's {@code version} is checked when given (the
	 * contract's shape is just the name).
	 */
	@AdminOnly
	@Transactional
	public ServiceCategory rename(CurrentUser admin, UUID id, ServiceCategoryRequest request,
			List<FieldProblem> unreadable) {
		ServiceCategory category = get(admin, id);
		if (request.version() != null) {
			StaleVersionException.check("The service category", request.version(), category.getVersion());
		}
		validate(admin.workspaceId(), request, unreadable, id);
		category.rename(request.name());
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
		// One entry for the set, in the sign-up transaction: no one is signed in
		// yet, so the event names the new admin as the actor.
		this.events.publishEvent(new AuditedChange(workspaceId,
				AuditEntry.action(ENTITY, workspaceId, "SEEDED",
						"Added the default service categories: " + String.join(", ", ServiceCategory.DEFAULTS)),
				admin));
	}

	/**
	 * The request's constraints with the values binding could not read, then the name's
	 * uniqueness in the workspace (without regard to case), in one answer.
	 */
	private void validate(UUID workspaceId, ServiceCategoryRequest request, List<FieldProblem> unreadable, UUID self) {
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		if (!problems.names("name")) {
			Optional<ServiceCategory> same = this.categories.findByName(workspaceId, request.name());
			if (same.isPresent() && !same.get().getId().equals(self)) {
				problems.add("name",
						same.get().isArchived() ? "is used by an archived category; restore that one instead"
								: "is already used by another category");
			}
		}
		problems.throwIfAny();
	}

}
