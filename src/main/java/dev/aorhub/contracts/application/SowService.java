package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.shared.time.DateText;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.ChangeOrderStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.domain.Approver;
import dev.aorhub.contracts.domain.ChangeOrder;
import dev.aorhub.contracts.domain.Fee;
import dev.aorhub.contracts.domain.FeeInput;
import dev.aorhub.contracts.domain.FeeRules;
import dev.aorhub.contracts.domain.ImpliedBudget;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.MsaRepository;
import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.contracts.domain.RateCardRepository;
import dev.aorhub.contracts.domain.Signature;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.contracts.domain.SowRepository;
import dev.aorhub.contracts.domain.SowTerms;
import dev.aorhub.contracts.domain.SowTerms.DeliverableTerms;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CanApprove;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements of work: their terms (checked against the MSA, the client's currency, the
 * designation and the rate cards), their approvals and status, and their change orders.
 * The SOW itself tells the audit log and other modules what changed (see
 * {@link dev.aorhub.contracts.SowApproved},
 * {@link dev.aorhub.contracts.ChangeOrderApproved}).
 */
@Service
public class SowService {

	private final SowRepository sows;

	private final MsaRepository msas;

	private final RateCardRepository cards;

	private final Clients clients;

	private final Designations designations;

	private final SowNumbers numbers;

	private final WorkspaceClock clock;

	private final Validator validator;

	private final Signatories signatories;

	SowService(SowRepository sows, MsaRepository msas, RateCardRepository cards, Clients clients,
			Designations designations, SowNumbers numbers, WorkspaceClock clock, Validator validator,
			Signatories signatories) {
		this.validator = validator;
		this.signatories = signatories;
		this.sows = sows;
		this.msas = msas;
		this.cards = cards;
		this.clients = clients;
		this.designations = designations;
		this.numbers = numbers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Sow get(CurrentUser user, UUID id) {
		return this.sows.findByWorkspaceIdAndId(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("SOW", id));
	}

	/**
	 * A SOW with its history as well, for what shows it after the transaction: the SOW
	 * page, its document, and the approval and change-order endpoints.
	 */
	@Transactional(readOnly = true)
	public Sow getWithHistory(CurrentUser user, UUID id) {
		Sow sow = get(user, id);
		// Read here, in the transaction, the history loads: a query each.
		sow.getChangeOrders();
		sow.getApprovals();
		return sow;
	}

	@CanEdit
	@Transactional
	/**
	 * Records a SOW; {@code unreadable} are the values the caller's binding could not
	 * read (they are reported with every other problem of the request).
	 */
	public Sow create(CurrentUser user, SowRequest input, List<FieldProblem> unreadable) {
		Valid valid = validate(user, input, unreadable, null);
		String number = (valid.number() != null) ? valid.number() : nextNumber(user);
		SowStatus status = (input.status() != null) ? input.status() : SowStatus.DRAFT;
		if (status != SowStatus.DRAFT) {
			requireApprover(user, "record a SOW in status " + status.name());
		}
		Sow sow = new Sow(user.workspaceId(), number, valid.terms(), status, staff(user), this.clock.now());
		this.sows.saveAndFlush(sow);
		return sow;
	}

	/**
	 * Changes a SOW with the version the caller saw. A different status moves it like the
	 * verbs do (a client's approval recorded this way names the user as approver).
	 */
	@CanEdit
	@Transactional
	public Sow update(CurrentUser user, UUID id, SowRequest input, List<FieldProblem> unreadable) {
		Sow sow = get(user, id);
		StaleVersionException.check("The SOW", input.version(), sow.getVersion());
		Valid valid = validate(user, input, unreadable, sow);
		if (valid.number() != null && !valid.number().equals(sow.getNumber())) {
			throw new InvalidInputException("number", "cannot change once given");
		}
		sow.revise(valid.terms());
		if (input.status() != null && input.status() != sow.getStatus()) {
			move(user, sow, input.status(), new ApprovalRequest(user.name(), null));
		}
		return this.sows.saveAndFlush(sow);
	}

	/** Approval inside the agency, by someone who answers for scope and money. */
	@CanApprove
	@Transactional
	public Sow approveInternally(CurrentUser user, UUID id, ApprovalRequest input) {
		Sow sow = get(user, id);
		String comment = comment(input);
		sow.approveInternally(staff(user), comment, this.clock.now());
		return this.sows.saveAndFlush(sow);
	}

	/**
	 * Moves a SOW: send to the client, record the client's approval or decline, activate,
	 * complete or cancel.
	 */
	@CanEdit
	@Transactional
	public Sow changeStatus(CurrentUser user, UUID id, SowStatus target, ApprovalRequest input) {
		Sow sow = get(user, id);
		move(user, sow, target, input);
		return this.sows.saveAndFlush(sow);
	}

	/**
	 * Cancels a SOW; {@code reason} says why (kept with the SOW, in the audit log and in
	 * {@link dev.aorhub.contracts.SowCancelled}).
	 */
	@CanEdit
	@Transactional
	public Sow cancel(CurrentUser user, UUID id, String reason) {
		Sow sow = get(user, id);
		sow.cancel(reason);
		return this.sows.saveAndFlush(sow);
	}

	private void move(CurrentUser user, Sow sow, SowStatus target, ApprovalRequest input) {
		String comment = comment(input);
		var now = this.clock.now();
		switch (target) {
			case SENT -> sow.send(staff(user), comment, now);
			case APPROVED -> {
				sow.checkCanBecome(target);
				Signature signature = this.signatories.signature(user, sow.getClientId(), input);
				sow.approveByClient(clientApprover(user, signature), comment, signature, now);
			}
			case DRAFT -> {
				sow.checkCanBecome(target);
				Signature answer = this.signatories.signature(user, sow.getClientId(), input);
				sow.declineByClient(clientApprover(user, answer), comment, now);
			}
			case ACTIVE -> sow.activate(comment);
			case COMPLETED -> sow.complete(comment);
			case CANCELLED -> sow.cancel(comment);
			default -> throw new IllegalStateException("unknown status " + target);
		}
	}

	@CanEdit
	@Transactional
	public Sow archive(CurrentUser user, UUID id) {
		Sow sow = get(user, id);
		sow.archive();
		return this.sows.saveAndFlush(sow);
	}

	// Change orders

	@CanEdit
	@Transactional
	/**
	 * Proposes a change order; {@code unreadable} are the values the caller's binding
	 * could not read (they are reported with every other problem of the request).
	 */
	public ChangeOrder proposeChangeOrder(CurrentUser user, UUID sowId, ChangeOrderRequest input,
			List<FieldProblem> unreadable) {
		Sow sow = get(user, sowId);
		ValidChange change = validate(sow, input, unreadable);
		ChangeOrder order = sow.proposeChangeOrder(change.description(), change.budget(), input.hoursChange());
		this.sows.saveAndFlush(sow);
		return order;
	}

	@CanEdit
	@Transactional
	public ChangeOrder reviseChangeOrder(CurrentUser user, UUID sowId, UUID id, ChangeOrderRequest input,
			List<FieldProblem> unreadable) {
		Sow sow = get(user, sowId);
		ChangeOrder order = sow.changeOrder(id);
		StaleVersionException.check("The change order", input.version(), order.getVersion());
		ValidChange change = validate(sow, input, unreadable);
		sow.reviseChangeOrder(id, change.description(), change.budget(), input.hoursChange());
		this.sows.saveAndFlush(sow);
		return sow.changeOrder(id);
	}

	@CanEdit
	@Transactional
	public ChangeOrder sendChangeOrder(CurrentUser user, UUID sowId, UUID id, ApprovalRequest input) {
		Sow sow = get(user, sowId);
		String comment = comment(input);
		sow.sendChangeOrder(id, staff(user), comment, this.clock.now());
		this.sows.saveAndFlush(sow);
		return sow.changeOrder(id);
	}

	/** Records the client's approval; the SOW's current budget takes the change. */
	@CanEdit
	@Transactional
	public ChangeOrder approveChangeOrder(CurrentUser user, UUID sowId, UUID id, ApprovalRequest input) {
		Sow sow = get(user, sowId);
		sow.checkProposed(id, ChangeOrderStatus.APPROVED);
		Signature signature = this.signatories.signature(user, sow.getClientId(), input);
		sow.approveChangeOrder(id, clientApprover(user, signature), comment(input), signature, this.clock.now());
		this.sows.saveAndFlush(sow);
		return sow.changeOrder(id);
	}

	@CanEdit
	@Transactional
	public ChangeOrder rejectChangeOrder(CurrentUser user, UUID sowId, UUID id, ApprovalRequest input) {
		Sow sow = get(user, sowId);
		sow.checkProposed(id, ChangeOrderStatus.REJECTED);
		Approver approver = clientApprover(user, this.signatories.signature(user, sow.getClientId(), input));
		sow.rejectChangeOrder(id, approver, comment(input), this.clock.now());
		this.sows.saveAndFlush(sow);
		return sow.changeOrder(id);
	}

	private record ValidChange(String description, Money budget) {
	}

	/**
	 * The request's constraints and the rules that need the SOW (its currency) or several
	 * fields (a change that changes something), in one answer.
	 */
	private ValidChange validate(Sow sow, ChangeOrderRequest input, List<FieldProblem> unreadable) {
		var problems = RequestProblems.of(this.validator, input, unreadable);
		String description = RequestProblems.clean(input.description());
		Money budget = null;
		if (input.budgetChange() == null || RequestProblems.clean(input.budgetChange().amount()) == null) {
			problems.add("budgetChange.amount", "is required (0 for a change of hours only)");
		}
		else if (RequestProblems.clean(input.budgetChange().currency()) == null) {
			problems.add("budgetChange.currency", "is required");
		}
		else {
			budget = input.budgetChange().toMoney("budgetChange", true, problems.collector());
			if (budget != null && !budget.currency().equals(sow.getCurrency())) {
				problems.add("budgetChange.currency",
						"must be " + sow.getCurrency().getCurrencyCode() + ", the SOW's currency");
			}
		}
		if (budget != null && budget.amount().signum() == 0
				&& (input.hoursChange() == null || input.hoursChange() == 0)) {
			problems.add("budgetChange.amount", "or hoursChange must change something");
		}
		// Refused when proposed, not only when approved: a change the client could never
		// sign should not wait in the queue. Approval checks again, since several
		// proposed changes may fit alone and not together.
		if (budget != null && budget.currency().equals(sow.getCurrency())
				&& sow.getCurrentBudget().plus(budget).isNegative()) {
			problems.add("budgetChange.amount",
					"would take the budget below zero (it is " + sow.getCurrentBudget().display() + ")");
		}
		problems.throwIfAny();
		return new ValidChange(description, budget);
	}

	// Validation of the terms

	private record Valid(SowTerms terms, String number) {
	}

	/**
	 * The request's constraints and the rules that need the workspace's data (the MSA and
	 * its term, the client's currency, the designation at the same client, a unique
	 * number, the rate cards) or several fields (the fees, end after start), in one
	 * answer.
	 */
	private Valid validate(CurrentUser user, SowRequest input, List<FieldProblem> unreadable, Sow existing) {
		UUID workspaceId = user.workspaceId();
		var problems = RequestProblems.of(this.validator, input, unreadable);
		if (input.msaId() == null) {
			problems.check(problems.has("msaId"), "msaId", "is required");
			problems.throwIfAny();
		}
		Msa msa = this.msas.findByWorkspaceIdAndId(workspaceId, input.msaId())
			.orElseThrow(() -> new NotFoundException("MSA", input.msaId()));
		boolean sameMsa = existing != null && msa.getId().equals(existing.getMsaId());
		if (existing != null && !msa.getClientId().equals(existing.getClientId())) {
			problems.add("msaId", "is with another client; a SOW stays with its client");
		}
		if (!sameMsa && (msa.isArchived() || msa.getStatus().isFinal())) {
			problems.add("msaId",
					"is " + (msa.isArchived() ? "archived" : msa.getStatus().name().toLowerCase(Locale.ROOT))
							+ "; new work needs a current MSA");
		}
		ClientSummary client = this.clients.find(workspaceId, msa.getClientId())
			.orElseThrow(() -> new NotFoundException("Client", msa.getClientId()));
		Currency currency = (existing != null) ? existing.getCurrency() : client.currency();
		if (input.designationId() != null) {
			Optional<DesignationSummary> designation = this.designations.find(workspaceId, input.designationId());
			if (designation.isEmpty()) {
				problems.add("designationId", "is not a designation of this workspace");
			}
			else if (!designation.get().clientId().equals(msa.getClientId())) {
				problems.add("designationId", "is a designation at another client than the MSA's");
			}
		}
		String number = RequestProblems.clean(input.number());
		if (number != null && !problems.has("number")) {
			if ((existing == null || !number.equals(existing.getNumber()))
					&& this.sows.existsByWorkspaceIdAndNumber(workspaceId, number)) {
				problems.add("number", "is already the number of another SOW");
			}
		}
		String title = RequestProblems.clean(input.title());
		String scope = RequestProblems.clean(input.scope());
		DateRange term = null;
		if (input.startDate() != null && input.endDate() != null) {
			if (!input.endDate().isAfter(input.startDate())) {
				problems.add("endDate", "must be after the start date");
			}
			else {
				term = new DateRange(input.startDate(), input.endDate());
			}
		}
		DateRange msaTerm = msa.term();
		if (input.startDate() != null && input.startDate().isBefore(msaTerm.start())) {
			problems.add("startDate", "must be within the MSA's term: on or after " + DateText.of(msaTerm.start()));
		}
		if (input.startDate() != null && msaTerm.end() != null && input.startDate().isAfter(msaTerm.end())) {
			problems.add("startDate", "must be within the MSA's term: on or before " + DateText.of(msaTerm.end()));
		}
		if (input.endDate() != null && msaTerm.end() != null && input.endDate().isAfter(msaTerm.end())) {
			problems.add("endDate", "must be within the MSA's term: on or before " + DateText.of(msaTerm.end()));
		}
		Money budget = null;
		// The contract leaves the budget optional: without one, the fees imply it.
		boolean budgetStated = input.budget() != null && RequestProblems.clean(input.budget().amount()) != null;
		if (budgetStated && RequestProblems.clean(input.budget().currency()) == null) {
			problems.add("budget.currency", "is required");
		}
		else if (budgetStated) {
			budget = input.budget().toMoney("budget", false, problems.collector());
			if (budget != null && !budget.currency().equals(currency)) {
				problems.add("budget.currency", "must be " + currency.getCurrencyCode() + ", the client's currency");
				budget = null;
			}
		}
		DateRange feeTerm = term;
		List<FeeInput> feeInputs = new ArrayList<>();
		if (input.fees() != null) {
			for (int i = 0; i < input.fees().size(); i++) {
				FeeRequest fee = input.fees().get(i);
				if (fee != null) {
					fee.notApplicable("fees[" + i + "]").forEach((p) -> problems.add(p.field(), p.message()));
				}
				feeInputs.add((fee != null) ? fee.input() : null);
			}
		}
		List<Fee> fees = problems.check((collector) -> new FeeRules(currency, feeTerm)
			.parse((input.fees() != null) ? feeInputs : null, collector));
		checkRateCards(workspaceId, msa, currency, fees, problems.collector());
		List<DeliverableTerms> deliverables = deliverables(input.deliverables(), problems);
		problems.throwIfAny();
		if (!budgetStated) {
			budget = ImpliedBudget.of(currency, term, fees);
		}
		SowTerms terms = new SowTerms(msa.getId(), msa.getClientId(), input.designationId(), title, scope,
				input.startDate(), input.endDate(), budget, input.budgetHours(), fees, deliverables, !budgetStated);
		return new Valid(terms, number);
	}

	/**
	 * A time-and-materials fee bills at a rate card in the client's currency: its own, or
	 * else the MSA's, or else the workspace default.
	 */
	private void checkRateCards(UUID workspaceId, Msa msa, Currency currency, List<Fee> fees,
			InvalidInputException.Collector problems) {
		for (int i = 0; i < fees.size(); i++) {
			if (!(fees.get(i) instanceof Fee.TimeAndMaterials tm)) {
				continue;
			}
			String field = "fees[" + i + "].rateCardId";
			UUID cardId = (tm.rateCardId() != null) ? tm.rateCardId() : msa.getRateCardId();
			Optional<RateCard> card = (cardId != null) ? this.cards.findByWorkspaceIdAndId(workspaceId, cardId)
					: this.cards.findByWorkspaceIdAndDefaultKeyIsNotNull(workspaceId);
			if (card.isEmpty()) {
				problems.add(field, (tm.rateCardId() != null) ? "is not a rate card of this workspace"
						: "is required: the MSA names no rate card and the workspace has no default");
			}
			else if (!card.get().getCurrency().equals(currency)) {
				problems.add(field, "names a rate card in " + card.get().getCurrency().getCurrencyCode()
						+ "; the client pays in " + currency.getCurrencyCode());
			}
		}
	}

	/**
	 * The deliverables the request's constraints let through (a null one is nameless).
	 */
	private static List<DeliverableTerms> deliverables(List<SowRequest.Deliverable> inputs, RequestProblems problems) {
		List<DeliverableTerms> result = new ArrayList<>();
		if (inputs == null || problems.has("deliverables")) {
			return result;
		}
		for (int i = 0; i < inputs.size(); i++) {
			SowRequest.Deliverable input = inputs.get(i);
			if (input == null) {
				problems.add("deliverables[" + i + "].name", "is required");
			}
			else if (!problems.has("deliverables[" + i + "]")) {
				result.add(
						new DeliverableTerms(input.name().strip(), input.dueDate(), Boolean.TRUE.equals(input.done())));
			}
		}
		return result;
	}

	private String nextNumber(CurrentUser user) {
		int year = this.clock.today(user.workspaceId()).getYear();
		String number;
		do {
			number = this.numbers.next(user.workspaceId(), year);
		}
		while (this.sows.existsByWorkspaceIdAndNumber(user.workspaceId(), number));
		return number;
	}

	private static void requireApprover(CurrentUser user, String action) {
		if (!Approvals.canApproveInternally(user)) {
			throw new ConflictException("approval-required",
					"Only an admin, account or finance user may " + action + ": it skips internal approval");
		}
	}

	/**
	 * The client's approver as recorded by a staff member (the signatory, or the staff
	 * member when none is named: the API promises that these verbs take an empty body,
	 * then the caller is who decided), or the client user in person.
	 */
	private static Approver clientApprover(CurrentUser user, Signature signature) {
		if (user.isClientUser()) {
			return new Approver(user.name(), null, user.userId());
		}
		return new Approver(signature.hasSignatory() ? signature.name() : user.name(), user.userId(), null);
	}

	private static Approver staff(CurrentUser user) {
		return new Approver(user.name(), user.userId(), null);
	}

	/** The comment of an approval step, once the step's name and comment are checked. */
	private String comment(ApprovalRequest input) {
		if (input == null) {
			return null;
		}
		RequestProblems.of(this.validator, input, List.of()).throwIfAny();
		return RequestProblems.clean(input.comment());
	}

	/** Today in the workspace: for the alerts and the demo. */
	LocalDate today(CurrentUser user) {
		return this.clock.today(user.workspaceId());
	}

}
