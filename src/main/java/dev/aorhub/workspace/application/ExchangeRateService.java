package dev.aorhub.workspace.application;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.shared.time.DateText;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanPrice;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.domain.ExchangeRate;
import dev.aorhub.workspace.domain.ExchangeRateRepository;
import dev.aorhub.workspace.domain.WorkspaceRepository;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's exchange rates. Everyone in the workspace reads them (totals show what
 * they convert with); admins and finance, who own prices, change them.
 */
@Service
public class ExchangeRateService {

	static final String DUPLICATE = "duplicate-exchange-rate";

	private final ExchangeRateRepository rates;

	private final WorkspaceRepository workspaces;

	private final Validator validator;

	ExchangeRateService(ExchangeRateRepository rates, WorkspaceRepository workspaces, Validator validator) {
		this.rates = rates;
		this.workspaces = workspaces;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public ExchangeRate get(CurrentUser user, UUID id) {
		return this.rates.findByWorkspaceIdAndId(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Exchange rate", id));
	}

	/**
	 * Records a rate; {@code unreadable} are the values the caller's binding could not
	 * read (they are reported with every other problem of the request).
	 */
	@CanPrice
	@Transactional
	public ExchangeRate create(CurrentUser user, ExchangeRateRequest input, List<FieldProblem> unreadable) {
		validate(user, input, unreadable, null);
		return this.rates.saveAndFlush(new ExchangeRate(user.workspaceId(), java.util.Currency.getInstance(code(input)),
				input.rate(), input.validFrom()));
	}

	@CanPrice
	@Transactional
	public ExchangeRate update(CurrentUser user, UUID id, ExchangeRateRequest input, List<FieldProblem> unreadable) {
		ExchangeRate rate = get(user, id);
		StaleVersionException.check("The exchange rate", input.version(), rate.getVersion());
		String currency = rate.getCurrency().getCurrencyCode();
		if (input.currency() != null && !input.currency().isBlank() && !currency.equals(code(input))) {
			throw new InvalidInputException("currency", "cannot change; add a rate for the other currency instead");
		}
		validate(user, new ExchangeRateRequest(currency, input.rate(), input.validFrom(), input.version()), unreadable,
				id);
		rate.revise(input.rate(), input.validFrom());
		return this.rates.saveAndFlush(rate);
	}

	/**
	 * Removes a rate entered by mistake; a rate that changed is superseded by a newer
	 * one.
	 */
	@CanPrice
	@Transactional
	public void delete(CurrentUser user, UUID id) {
		ExchangeRate rate = get(user, id);
		rate.remove();
		this.rates.delete(rate);
	}

	/** The workspace's base currency, which needs no rate. */
	@Transactional(readOnly = true)
	public java.util.Currency baseCurrency(CurrentUser user) {
		return this.workspaces.findById(user.workspaceId())
			.orElseThrow(() -> new NotFoundException("Workspace", user.workspaceId()))
			.getBaseCurrency();
	}

	/**
	 * The request's constraints and the base-currency rule in one 422; then one rate per
	 * currency and day, a 409.
	 */
	private void validate(CurrentUser user, ExchangeRateRequest input, List<FieldProblem> unreadable, UUID id) {
		var problems = ConstraintViolations.collect(this.validator, input, unreadable);
		String base = baseCurrency(user).getCurrencyCode();
		if (!problems.names("currency") && base.equals(code(input))) {
			problems.add("currency", "is the workspace's base currency (" + base + "), which always converts at 1");
		}
		problems.throwIfAny();
		if (this.rates.existsByWorkspaceIdAndCurrencyAndValidFromAndIdNot(user.workspaceId(), code(input),
				input.validFrom(), (id != null) ? id : new UUID(0, 0))) {
			throw new ConflictException(DUPLICATE, "A " + code(input) + " rate from " + DateText.of(input.validFrom())
					+ " exists already; change that one instead");
		}
	}

	static String code(ExchangeRateRequest input) {
		return (input.currency() != null) ? input.currency().strip().toUpperCase(Locale.ROOT) : null;
	}

}
