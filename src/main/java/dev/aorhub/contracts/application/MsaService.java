package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.time.DateText;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.MsaRepository;
import dev.aorhub.contracts.domain.MsaTerms;
import dev.aorhub.contracts.domain.Percent;
import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.contracts.domain.RateCardRepository;
import dev.aorhub.contracts.domain.SowRepository;
import dev.aorhub.contracts.domain.SowRepository.SowTerm;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.relationships.ServiceCategories;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and moves master services agreements: validates their terms against
 * the client, its designations, the service categories and the rate cards, keeps every
 * SOW inside the MSA's term. The MSA itself tells the audit log and other modules what
 * changed (see {@link dev.aorhub.contracts.MsaSigned}).
 */
@Service
public class MsaService {

	static final int DEFAULT_PAYMENT_TERMS_DAYS = 30;

	static final int DEFAULT_NOTICE_PERIOD_DAYS = 90;

	private final MsaRepository msas;

	private final SowRepository sows;

	private final RateCardRepository cards;

	private final Clients clients;

	private final Designations designations;

	private final ServiceCategories categories;

	private final WorkspaceClock clock;

	private final Validator validator;

	private final Signatories signatories;

	MsaService(MsaRepository msas, SowRepository sows, RateCardRepository cards, Clients clients,
			Designations designations, ServiceCategories categories, WorkspaceClock clock, Validator validator,
			Signatories signatories) {
		this.validator = validator;
		this.signatories = signatories;
		this.msas = msas;
		this.sows = sows;
		this.cards = cards;
		this.clients = clients;
		this.designations = designations;
		this.categories = categories;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Msa get(CurrentUser user, UUID id) {
		return this.msas.findByWorkspaceIdAndId(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("MSA", id));
	}

	/** The rate card that governs the MSA: its own, else the workspace default. */
	@Transactional(readOnly = true)
	public Optional<RateCard> effectiveRateCard(Msa msa) {
		if (msa.getRateCardId() != null) {
			return this.cards.findByWorkspaceIdAndId(msa.getWorkspaceId(), msa.getRateCardId());
		}
		return this.cards.findByWorkspaceIdAndDefaultKeyIsNotNull(msa.getWorkspaceId());
	}

	@CanEdit
	@Transactional
	/**
	 * Records an MSA; {@code unreadable} are the values the caller's binding could not
	 * read (they are reported with every other problem of the request).
	 */
	public Msa create(CurrentUser user, MsaRequest input, List<FieldProblem> unreadable) {
		Valid valid = validate(user, input, unreadable, null);
		Msa msa = new Msa(user.workspaceId(), valid.terms(), valid.status(), valid.clientName(),
				this.clock.today(user.workspaceId()));
		this.msas.saveAndFlush(msa);
		return msa;
	}

	/**
	 * Changes an MSA with the version the caller saw; a different status moves it through
	 * the state machine like the verbs do.
	 */
	@CanEdit
	@Transactional
	public Msa update(CurrentUser user, UUID id, MsaRequest input, List<FieldProblem> unreadable) {
		Msa msa = get(user, id);
		StaleVersionException.check("The MSA", input.version(), msa.getVersion());
		Valid valid = validate(user, input, unreadable, msa);
		msa.revise(valid.terms(), input.status(), this.clock.today(user.workspaceId()));
		return this.msas.saveAndFlush(msa);
	}

	@CanEdit
	@Transactional
	public Msa changeStatus(CurrentUser user, UUID id, MsaStatus target) {
		return changeStatus(user, id, target, null);
	}

	/**
	 * The same, with why it was terminated ({@code reason}, kept with the MSA and in the
	 * audit log; ignored for the other moves).
	 */
	@CanEdit
	@Transactional
	public Msa changeStatus(CurrentUser user, UUID id, MsaStatus target, String reason) {
		Msa msa = get(user, id);
		LocalDate today = this.clock.today(user.workspaceId());
		if (target == MsaStatus.TERMINATED) {
			msa.terminate(today, reason);
		}
		else {
			msa.moveTo(target, today);
		}
		return this.msas.saveAndFlush(msa);
	}

	/**
	 * Records the client's signature: on its date (today when none is given), by one of
	 * the client's contacts when {@code input} names one.
	 */
	@CanEdit
	@Transactional
	public Msa sign(CurrentUser user, UUID id, ApprovalRequest input) {
		Msa msa = get(user, id);
		msa.getStatus().requireCanBecome(MsaStatus.SIGNED);
		msa.sign(this.signatories.signature(user, msa.getClientId(), input), this.clock.today(user.workspaceId()));
		return this.msas.saveAndFlush(msa);
	}

	/** MSAs are never deleted, their history stays: deleting archives. */
	@CanEdit
	@Transactional
	public Msa archive(CurrentUser user, UUID id) {
		Msa msa = get(user, id);
		msa.archive();
		return this.msas.saveAndFlush(msa);
	}

	private record Valid(MsaTerms terms, MsaStatus status, String clientName) {
	}

	/**
	 * The request's constraints and the rules that need the workspace's data (the client,
	 * rate card, categories and designations, the SOWs inside the term) or several fields
	 * (expiry after the start), in one answer.
	 */
	private Valid validate(CurrentUser user, MsaRequest input, List<FieldProblem> unreadable, Msa existing) {
		UUID workspaceId = user.workspaceId();
		var problems = RequestProblems.of(this.validator, input, unreadable);
		UUID clientId = (existing != null) ? existing.getClientId() : input.clientId();
		ClientSummary client = null;
		if (existing != null && input.clientId() != null && !input.clientId().equals(existing.getClientId())) {
			problems.add("clientId", "cannot change: an MSA is with one client; make a new MSA instead");
		}
		if (clientId == null) {
			problems.check(problems.has("clientId"), "clientId", "is required");
		}
		else {
			// Like any id of another workspace, a client that is not ours is a 404.
			client = this.clients.find(workspaceId, clientId)
				.orElseThrow(() -> new NotFoundException("Client", clientId));
		}
		String title = RequestProblems.clean(input.title());
		if (input.effectiveDate() != null && input.expiryDate() != null
				&& !input.expiryDate().isAfter(input.effectiveDate())) {
			problems.add("expiryDate", "must be after the effective date");
		}
		int paymentTerms = (input.paymentTermsDays() != null) ? input.paymentTermsDays()
				: ((existing != null) ? existing.getPaymentTermsDays() : DEFAULT_PAYMENT_TERMS_DAYS);
		int notice = (input.noticePeriodDays() != null) ? input.noticePeriodDays()
				: ((existing != null) ? existing.getNoticePeriodDays() : DEFAULT_NOTICE_PERIOD_DAYS);
		Percent discount = Percent.ZERO;
		if (input.discountPercent() != null && !problems.has("discountPercent")) {
			discount = Percent.checked(input.discountPercent(), "discountPercent", problems.collector());
		}
		if (input.rateCardId() != null) {
			RateCard card = this.cards.findByWorkspaceIdAndId(workspaceId, input.rateCardId()).orElse(null);
			boolean unchanged = existing != null && input.rateCardId().equals(existing.getRateCardId());
			if (card == null) {
				problems.add("rateCardId", "is not a rate card of this workspace");
			}
			else if (card.isArchived() && !unchanged) {
				problems.add("rateCardId", "is archived; pick a current rate card");
			}
			else if (client != null && !card.getCurrency().equals(client.currency())) {
				problems.add("rateCardId", "is in " + card.getCurrency().getCurrencyCode() + " but " + client.name()
						+ " pays in " + client.currency().getCurrencyCode());
			}
		}
		List<UUID> categoryIds = distinct(input.nonCompeteCategoryIds(), "nonCompeteCategoryIds", problems.collector());
		var found = this.categories.findAll(workspaceId, categoryIds);
		List<UUID> previousCategories = (existing != null) ? existing.getNonCompeteCategoryIds() : List.of();
		for (int i = 0; i < categoryIds.size(); i++) {
			var category = found.get(categoryIds.get(i));
			if (category == null) {
				problems.add("nonCompeteCategoryIds[" + i + "]", "is not a service category of this workspace");
			}
			else if (category.archived() && !previousCategories.contains(category.id())) {
				problems.add("nonCompeteCategoryIds[" + i + "]", "is archived; pick a current category");
			}
		}
		List<UUID> designationIds = distinct(input.designationIds(), "designationIds", problems.collector());
		Map<UUID, DesignationSummary> designations = this.designations.findAll(workspaceId, designationIds);
		for (int i = 0; i < designationIds.size(); i++) {
			Optional<DesignationSummary> designation = Optional.ofNullable(designations.get(designationIds.get(i)));
			if (designation.isEmpty()) {
				problems.add("designationIds[" + i + "]", "is not a designation of this workspace");
			}
			else if (clientId != null && !designation.get().clientId().equals(clientId)) {
				problems.add("designationIds[" + i + "]", "is a designation at another client");
			}
			else if (!designation.get().isOurs()) {
				problems.add("designationIds[" + i + "]", "is another agency's designation");
			}
		}
		String notes = RequestProblems.clean(input.notes());
		if (existing != null && input.effectiveDate() != null
				&& (input.expiryDate() == null || input.expiryDate().isAfter(input.effectiveDate()))) {
			checkSowsInside(user, existing, input, problems.collector());
		}
		MsaStatus status = (input.status() != null) ? input.status()
				: ((existing != null) ? existing.getStatus() : MsaStatus.DRAFT);
		problems.throwIfAny();
		MsaTerms terms = new MsaTerms(clientId, title, input.effectiveDate(), input.expiryDate(), paymentTerms,
				input.rateCardId(), discount, notice, categoryIds, designationIds, notes);
		return new Valid(terms, status, client.name());
	}

	/** A new term must still hold every SOW of the MSA: one query, no SOW loaded. */
	private void checkSowsInside(CurrentUser user, Msa msa, MsaRequest input,
			InvalidInputException.Collector problems) {
		List<SowTerm> outside = this.sows.findOutsideTerm(user.workspaceId(), msa.getId(), input.effectiveDate(),
				input.expiryDate());
		if (outside.isEmpty()) {
			return;
		}
		SowTerm sow = outside.get(0);
		if (sow.getStartDate().isBefore(input.effectiveDate())) {
			problems.add("effectiveDate", "would leave " + sow.getNumber() + " (from " + DateText.of(sow.getStartDate())
					+ ") outside the MSA's term");
		}
		else {
			problems.add("expiryDate", "would leave " + sow.getNumber() + " (to " + DateText.of(sow.getEndDate())
					+ ") outside the MSA's term");
		}
	}

	private static List<UUID> distinct(List<UUID> ids, String field, InvalidInputException.Collector problems) {
		List<UUID> result = new ArrayList<>();
		if (ids == null) {
			return result;
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			UUID id = ids.get(i);
			if (id == null) {
				problems.add(field + "[" + i + "]", "is required");
			}
			else if (seen.add(id)) {
				result.add(id);
			}
		}
		problems.check(result.size() <= 50, field, "are at most 50");
		return result;
	}

}
