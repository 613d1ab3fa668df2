package dev.aorhub.relationships.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.domain.DesignationNames;
import dev.aorhub.relationships.domain.DesignationRepository;
import dev.aorhub.relationships.domain.DesignationTerms;
import dev.aorhub.relationships.domain.ExclusivityPolicy;
import dev.aorhub.relationships.domain.RenewalPolicy;
import dev.aorhub.relationships.domain.Term;
import dev.aorhub.relationships.domain.ServiceCategory;
import dev.aorhub.relationships.domain.ServiceCategoryRepository;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and moves AOR designations: validates the input, keeps exclusivity
 * (under a lock on the client, see {@link ClientLock}), warns of competitor conflicts and
 * long terms. The designation registers what changed (the audit log's entries, the status
 * events other modules hear) and they are published as it is saved.
 */
@Service
public class DesignationService {

	static final String ENTITY = Designation.ENTITY_TYPE;

	private final DesignationRepository designations;

	private final ServiceCategoryRepository categories;

	private final Clients clients;

	private final WorkspaceUsers users;

	private final ClientLock clientLock;

	private final CompetitorConflicts competitorConflicts;

	private final Validator validator;

	private final WorkspaceClock clock;

	private final ExclusivityPolicy exclusivity = new ExclusivityPolicy();

	private final RenewalPolicy renewal = new RenewalPolicy();

	DesignationService(DesignationRepository designations, ServiceCategoryRepository categories, Clients clients,
			WorkspaceUsers users, ClientLock clientLock, CompetitorConflicts competitorConflicts, Validator validator,
			WorkspaceClock clock) {
		this.clock = clock;
		this.designations = designations;
		this.categories = categories;
		this.clients = clients;
		this.users = users;
		this.clientLock = clientLock;
		this.competitorConflicts = competitorConflicts;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public Designation get(CurrentUser viewer, UUID id) {
		return this.designations.findByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * Records a designation; {@code unreadable} are the values the caller's binding could
	 * not read (they are reported with every other problem of the request).
	 */
	@CanEdit
	@Transactional
	public DesignationResult create(CurrentUser actor, DesignationRequest request, List<FieldProblem> unreadable) {
		Valid valid = validate(actor, request, unreadable, null);
		this.clientLock.lock(actor.workspaceId(), valid.terms().clientId());
		Designation designation = new Designation(actor.workspaceId(), valid.terms(), valid.status(), valid.names());
		requireExclusivity(designation);
		List<Warning> warnings = new ArrayList<>(termWarnings(designation));
		if (designation.isOurs() && designation.getStatus().isLive()) {
			warnings.addAll(this.competitorConflicts.check(designation, valid.clientName(), valid.categoryName()));
		}
		this.designations.saveAndFlush(designation);
		return new DesignationResult(designation, warnings);
	}

	/**
	 * Changes a designation with the version the caller saw; a different status moves it
	 * through the state machine like the verbs do.
	 */
	@CanEdit
	@Transactional
	public DesignationResult update(CurrentUser actor, UUID id, DesignationRequest request,
			List<FieldProblem> unreadable) {
		Designation designation = get(actor, id);
		StaleVersionException.check("The designation", request.version(), designation.getVersion());
		Valid valid = validate(actor, request, unreadable, designation);
		this.clientLock.lock(actor.workspaceId(), designation.getClientId(), valid.terms().clientId());
		DesignationTerms previous = designation.terms();
		DesignationStatus previousStatus = designation.getStatus();
		designation.revise(valid.terms(), valid.status(), valid.names());
		requireExclusivity(designation);
		List<Warning> warnings = new ArrayList<>(termWarnings(designation));
		boolean newClaim = !Objects.equals(previous.clientId(), designation.getClientId())
				|| !Objects.equals(previous.categoryId(), designation.getCategoryId()) || previous.agencyName() != null
				|| (previousStatus != DesignationStatus.ACTIVE && designation.getStatus() == DesignationStatus.ACTIVE);
		if (designation.isOurs() && designation.getStatus().isLive() && newClaim) {
			warnings.addAll(this.competitorConflicts.check(designation, valid.clientName(), valid.categoryName()));
		}
		return new DesignationResult(this.designations.saveAndFlush(designation), warnings);
	}

	/**
	 * Moves a designation to a new status if its state machine allows, keeping
	 * exclusivity, and warning of competitor conflicts when we win or keep the business.
	 */
	@CanEdit
	@Transactional
	public DesignationResult changeStatus(CurrentUser actor, UUID id, DesignationStatus target) {
		return changeStatus(actor, id, target, null);
	}

	/**
	 * The same, with why it ended or was lost ({@code reason}, kept with the designation
	 * and in the audit log; ignored for the other moves).
	 */
	@CanEdit
	@Transactional
	public DesignationResult changeStatus(CurrentUser actor, UUID id, DesignationStatus target, String reason) {
		Designation designation = get(actor, id);
		this.clientLock.lock(actor.workspaceId(), designation.getClientId());
		DesignationNames names = names(designation);
		switch (target) {
			case ACTIVE -> designation.activate(names);
			case UNDER_REVIEW -> designation.startReview(names);
			case ENDED -> designation.end(names, reason);
			case LOST -> designation.lose(names, reason);
			case PITCHING -> designation.changeStatus(target, names);
		}
		requireExclusivity(designation);
		List<Warning> warnings = new ArrayList<>(termWarnings(designation));
		if (designation.isOurs() && target == DesignationStatus.ACTIVE) {
			warnings.addAll(this.competitorConflicts.check(designation, names.client(), names.category()));
		}
		return new DesignationResult(this.designations.saveAndFlush(designation), warnings);
	}

	/**
	 * Renews a running designation for its next term, filling in what the request leaves
	 * out from the current term (see {@link RenewalPolicy}); the current term stays in
	 * its history. Exclusivity holds for the new term as for any other.
	 */
	@CanEdit
	@Transactional
	public DesignationResult renew(CurrentUser actor, UUID id, RenewalRequest request, List<FieldProblem> unreadable) {
		Designation designation = get(actor, id);
		this.clientLock.lock(actor.workspaceId(), designation.getClientId());
		this.renewal.requireRenewable(designation.getStatus());
		RenewalRequest input = (request != null) ? request : RenewalRequest.DEFAULTS;
		var problems = ConstraintViolations.collect(this.validator, input, unreadable);
		Money annualValue = null;
		var value = input.annualValue();
		if (value != null && value.amount() != null && !value.amount().isBlank()) {
			annualValue = value.toMoney("annualValue", false, problems);
		}
		Term next = this.renewal.next(designation.currentTerm(), input.startDate(), input.endDate(), annualValue,
				input.kind(), problems);
		designation.renew(next, actor.userId(), this.clock.now(), names(designation));
		requireExclusivity(designation);
		return new DesignationResult(this.designations.saveAndFlush(designation), termWarnings(designation));
	}

	/**
	 * The next term a renewal with every default would give; null for an open-ended term.
	 */
	public Term proposedRenewal(Designation designation) {
		return this.renewal.proposal(designation.currentTerm());
	}

	/** Designations are never deleted, their history stays: deleting archives. */
	@CanEdit
	@Transactional
	public Designation archive(CurrentUser actor, UUID id) {
		Designation designation = get(actor, id);
		if (designation.isArchived()) {
			return designation;
		}
		designation.archive(names(designation));
		return this.designations.saveAndFlush(designation);
	}

	/** Warnings that hold whenever the designation is shown, not only when it changes. */
	public List<Warning> termWarnings(Designation designation) {
		if (designation.term().isLongerThan(DesignationTerms.LONG_TERM)) {
			return List.of(new Warning(Warning.LONG_TERM,
					"The term runs longer than 5 years; AOR terms are usually 1 to 3 years with a renewal or a review"));
		}
		return List.of();
	}

	private void requireExclusivity(Designation designation) {
		if (designation.isArchived() || designation.getKind() != DesignationKind.EXCLUSIVE
				|| !designation.getStatus().isLive()) {
			return;
		}
		List<ExclusivityPolicy.Claim> existing = this.designations
			.findLiveExclusive(designation.getWorkspaceId(), designation.getClientId(), designation.getCategoryId(),
					ExclusivityPolicy.marketKey(designation.getMarket()))
			.stream()
			.map(Designation::claim)
			.toList();
		this.exclusivity.firstConflict(designation.claim(), existing).ifPresent((conflict) -> {
			throw new ConflictException("exclusivity-conflict",
					"Exclusive designation " + conflict.id() + " already covers this client, category and market ("
							+ conflict.market() + ") from " + conflict.term().start()
							+ ((conflict.term().end() != null) ? " to " + conflict.term().end() : ", open-ended")
							+ "; end it or change the dates first",
					Map.of("conflictingDesignationId", conflict.id()));
		});
	}

	/** Validated input with the names the audit summary and warnings use. */
	private record Valid(DesignationTerms terms, DesignationStatus status, String clientName, String categoryName) {

		DesignationNames names() {
			return new DesignationNames(this.clientName, this.categoryName);
		}

	}

	/**
	 * Checks the request's constraints and the rules that need the workspace's data,
	 * reporting them in one answer with the values the caller's binding could not read.
	 */
	private Valid validate(CurrentUser actor, DesignationRequest input, List<FieldProblem> unreadable,
			Designation existing) {
		UUID workspaceId = actor.workspaceId();
		var problems = ConstraintViolations.collect(this.validator, input, unreadable);
		ClientSummary client = null;
		if (input.clientId() != null) {
			// Like any id of another workspace, a client that is not ours is a 404.
			client = this.clients.find(workspaceId, input.clientId())
				.orElseThrow(() -> new NotFoundException("Client", input.clientId()));
		}
		ServiceCategory category = null;
		if (input.categoryId() != null) {
			category = this.categories.findByWorkspaceIdAndId(workspaceId, input.categoryId()).orElse(null);
			boolean unchanged = existing != null && input.categoryId().equals(existing.getCategoryId());
			if (category == null) {
				problems.add("categoryId", "is not a service category of this workspace");
			}
			else if (category.isArchived() && !unchanged) {
				problems.add("categoryId", "is archived; pick a current category");
			}
		}
		DesignationStatus status = (input.status() != null) ? input.status()
				: (existing != null) ? existing.getStatus() : DesignationStatus.ACTIVE;
		if (input.startDate() != null && input.endDate() != null && !input.endDate().isAfter(input.startDate())) {
			problems.add("endDate", "must be after the start date");
		}
		int noticeDays = (input.renewalNoticeDays() != null) ? input.renewalNoticeDays()
				: DesignationTerms.DEFAULT_RENEWAL_NOTICE_DAYS;
		Money annualValue = null;
		var value = input.annualValue();
		// An amount makes a value (and then needs its currency); a currency alone is
		// none.
		if (value != null && value.amount() != null && !value.amount().isBlank()) {
			annualValue = value.toMoney("annualValue", false, problems);
		}
		if (input.accountLeadId() != null) {
			var lead = this.users.find(workspaceId, List.of(input.accountLeadId())).get(input.accountLeadId());
			problems.check(lead != null, "accountLeadId", "is not a user of this workspace");
		}
		problems.throwIfAny();
		DesignationTerms terms = new DesignationTerms(input.clientId(), input.categoryId(), input.agencyName(),
				input.kind(), input.market(), input.scope(), new DateRange(input.startDate(), input.endDate()),
				noticeDays, Boolean.TRUE.equals(input.autoRenew()), annualValue, input.accountLeadId());
		return new Valid(terms, status, client.name(), category.getName());
	}

	private DesignationNames names(Designation designation) {
		String client = this.clients.find(designation.getWorkspaceId(), designation.getClientId())
			.map(ClientSummary::name)
			.orElse("a client");
		String category = this.categories
			.findByWorkspaceIdAndId(designation.getWorkspaceId(), designation.getCategoryId())
			.map(ServiceCategory::getName)
			.orElse("a category");
		return new DesignationNames(client, category);
	}

}
