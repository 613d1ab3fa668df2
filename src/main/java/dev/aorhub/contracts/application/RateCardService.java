package dev.aorhub.contracts.application;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.contracts.domain.RateCardRepository;
import dev.aorhub.contracts.domain.RateCardTerms;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.CanPrice;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rate cards: their roles and rates, and which one is the workspace's default (making one
 * the default clears the others, in the same transaction).
 */
@Service
public class RateCardService {

	private final RateCardRepository cards;

	private final dev.aorhub.contracts.domain.MsaRepository msas;

	private final Validator validator;

	RateCardService(RateCardRepository cards, dev.aorhub.contracts.domain.MsaRepository msas, Validator validator) {
		this.validator = validator;
		this.cards = cards;
		this.msas = msas;
	}

	@Transactional(readOnly = true)
	public RateCard get(CurrentUser user, UUID id) {
		return this.cards.findByWorkspaceIdAndId(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Rate card", id));
	}

	/** The workspace's rate card with this id, archived or not. */
	@Transactional(readOnly = true)
	public Optional<RateCard> find(UUID workspaceId, UUID id) {
		return this.cards.findByWorkspaceIdAndId(workspaceId, id);
	}

	@Transactional(readOnly = true)
	public Optional<RateCard> defaultCard(UUID workspaceId) {
		return this.cards.findByWorkspaceIdAndDefaultKeyIsNotNull(workspaceId);
	}

	@Transactional(readOnly = true)
	public List<RateCard> current(UUID workspaceId) {
		return this.cards.findByWorkspaceIdAndArchivedFalseOrderByName(workspaceId);
	}

	@CanPrice
	@Transactional
	/**
	 * Creates a rate card; {@code unreadable} are the values the caller's binding could
	 * not read (they are reported with every other problem of the request).
	 */
	public RateCard create(CurrentUser user, RateCardRequest input, List<FieldProblem> unreadable) {
		RateCardTerms terms = validate(user, input, unreadable, null);
		boolean isDefault = Boolean.TRUE.equals(input.isDefault())
				|| this.cards.findByWorkspaceIdAndDefaultKeyIsNotNull(user.workspaceId()).isEmpty();
		if (isDefault) {
			clearDefault(user, null);
		}
		return this.cards.saveAndFlush(new RateCard(user.workspaceId(), terms, isDefault));
	}

	@CanPrice
	@Transactional
	public RateCard update(CurrentUser user, UUID id, RateCardRequest input, List<FieldProblem> unreadable) {
		RateCard card = get(user, id);
		StaleVersionException.check("The rate card", input.version(), card.getVersion());
		RateCardTerms terms = validate(user, input, unreadable, card);
		boolean makeDefault = Boolean.TRUE.equals(input.isDefault()) && !card.isDefault();
		if (makeDefault) {
			clearDefault(user, card);
		}
		else if (Boolean.FALSE.equals(input.isDefault()) && card.isDefault()) {
			throw new ConflictException("default-required",
					"The workspace needs a default rate card: make another card the default instead");
		}
		card.revise(terms, makeDefault);
		return this.cards.saveAndFlush(card);
	}

	/** Makes the card the default; the previous default stops being one. */
	@CanPrice
	@Transactional
	public RateCard makeDefault(CurrentUser user, UUID id) {
		RateCard card = get(user, id);
		if (card.isArchived()) {
			throw new ConflictException("archived", "An archived rate card cannot be the default");
		}
		if (!card.isDefault()) {
			clearDefault(user, card);
			card.makeDefault();
		}
		return this.cards.saveAndFlush(card);
	}

	@CanPrice
	@Transactional
	public RateCard archive(CurrentUser user, UUID id) {
		RateCard card = get(user, id);
		if (card.isDefault()) {
			throw new ConflictException("default-required",
					"The default rate card cannot be archived: make another card the default first");
		}
		card.archive();
		return this.cards.saveAndFlush(card);
	}

	/**
	 * The previous default (other than {@code next}) stops being one, saved first: only
	 * one card of a workspace may hold the default key.
	 */
	private void clearDefault(CurrentUser user, RateCard next) {
		this.cards.findByWorkspaceIdAndDefaultKeyIsNotNull(user.workspaceId())
			.filter((previous) -> next == null || !previous.getId().equals(next.getId()))
			.ifPresent((previous) -> {
				previous.clearDefault();
				this.cards.saveAndFlush(previous);
			});
	}

	/**
	 * The request's constraints and the rules that need the workspace's data (a unique
	 * name, a currency the MSAs priced with the card keep) or several fields (the rates'
	 * currency, each role once), in one answer.
	 */
	private RateCardTerms validate(CurrentUser user, RateCardRequest input, List<FieldProblem> unreadable,
			RateCard existing) {
		var problems = RequestProblems.of(this.validator, input, unreadable);
		String name = RequestProblems.clean(input.name());
		if (name != null && !problems.has("name") && this.cards.existsByWorkspaceIdAndNameIgnoreCaseAndIdNot(
				user.workspaceId(), name, (existing != null) ? existing.getId() : new UUID(0, 0))) {
			problems.add("name", "is already the name of another rate card");
		}
		Currency currency = (RequestProblems.clean(input.currency()) != null && !problems.has("currency"))
				? Currency.getInstance(input.currency().strip().toUpperCase(Locale.ROOT)) : null;
		if (existing != null && currency != null && !currency.equals(existing.getCurrency())
				&& this.msas.existsByWorkspaceIdAndRateCardId(user.workspaceId(), existing.getId())) {
			problems.add("currency", "cannot change: MSAs are priced with this card");
		}
		if (input.effectiveFrom() != null && input.effectiveTo() != null
				&& input.effectiveTo().isBefore(input.effectiveFrom())) {
			problems.add("effectiveTo", "must be on or after the effective-from date");
		}
		List<RateCard.RoleRate> rates = new ArrayList<>();
		List<RateCardRequest.Rate> inputs = (input.rates() != null) ? input.rates() : List.of();
		Set<String> roles = new HashSet<>();
		for (int i = 0; i < inputs.size() && i < RateCardRequest.MAX_RATES; i++) {
			String path = "rates[" + i + "]";
			RateCardRequest.Rate rate = inputs.get(i);
			if (rate == null) {
				continue;
			}
			String role = RequestProblems.clean(rate.role());
			boolean valid = role != null && !problems.has(path + ".role");
			if (valid && !roles.add(RateCard.roleKey(role))) {
				problems.add(path + ".role", "appears twice on the card");
				valid = false;
			}
			Money hourly = null;
			if (rate.hourlyRate() == null || RequestProblems.clean(rate.hourlyRate().amount()) == null) {
				problems.add(path + ".hourlyRate.amount", "is required");
			}
			else if (RequestProblems.clean(rate.hourlyRate().currency()) == null) {
				problems.add(path + ".hourlyRate.currency", "is required");
			}
			else {
				hourly = rate.hourlyRate().toMoney(path + ".hourlyRate", false, problems.collector());
				if (hourly != null && currency != null && !hourly.currency().equals(currency)) {
					problems.add(path + ".hourlyRate.currency",
							"must be " + currency.getCurrencyCode() + ", the card's currency");
					hourly = null;
				}
			}
			if (valid && hourly != null) {
				rates.add(new RateCard.RoleRate(role, hourly));
			}
		}
		problems.throwIfAny();
		return new RateCardTerms(name, currency, input.effectiveFrom(), input.effectiveTo(), rates);
	}

}
