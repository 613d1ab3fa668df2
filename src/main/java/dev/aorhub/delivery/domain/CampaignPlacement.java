package dev.aorhub.delivery.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.time.DateRange;

/**
 * Where a campaign sits: under one client, for one of our designations at that client,
 * within one of that client's SOWs. A request need only name what it knows; the rest is
 * derived (the SOW knows its client and designation, the designation its client), and
 * what is given must agree. A campaign under a SOW runs inside the SOW's term, because
 * the client pays for the work through that SOW and nothing outside its dates.
 */
public final class CampaignPlacement {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private CampaignPlacement() {
	}

	/** The designation asked for, else the SOW's (which may have none). */
	public static UUID designationOf(UUID requested, SowSummary sow) {
		if (requested != null) {
			return requested;
		}
		return (sow != null) ? sow.designationId() : null;
	}

	/** The client asked for, else the SOW's, else the designation's; null when none. */
	public static UUID clientOf(UUID requested, SowSummary sow, DesignationSummary designation) {
		if (requested != null) {
			return requested;
		}
		if (sow != null) {
			return sow.clientId();
		}
		return (designation != null) ? designation.clientId() : null;
	}

	/**
	 * Checks that the SOW and the designation belong to the client, that the designation
	 * is ours and, when the SOW names a designation, that it is that one.
	 */
	public static void checkLinks(UUID clientId, SowSummary sow, DesignationSummary designation,
			InvalidInputException.Collector problems) {
		if (sow != null && clientId != null && !sow.clientId().equals(clientId)) {
			problems.add("sowId", "is a SOW of another client");
			if (designation != null && designation.id().equals(sow.designationId())) {
				// The designation came with the wrong SOW: one mistake, named once.
				return;
			}
		}
		if (designation != null) {
			if (!designation.isOurs()) {
				problems.add("designationId", "is another agency's designation; a campaign runs under ours");
			}
			else if (clientId != null && !designation.clientId().equals(clientId)) {
				problems.add("designationId", "is a designation of another client");
			}
			else if (sow != null && sow.designationId() != null && !sow.designationId().equals(designation.id())) {
				problems.add("designationId", "is not the designation of SOW " + sow.number());
			}
		}
	}

	/**
	 * The flight: the start asked for, else the SOW's start, else today; the end asked
	 * for, else the SOW's end (a campaign under a SOW does not outlast it), else open.
	 * Null, with the problems added, when the dates do not fit.
	 */
	public static DateRange dates(LocalDate start, LocalDate end, SowSummary sow, LocalDate today,
			InvalidInputException.Collector problems) {
		LocalDate from = (start != null) ? start : (sow != null) ? sow.startDate() : today;
		LocalDate to = (end != null) ? end : (sow != null) ? sow.endDate() : null;
		boolean fits = true;
		if (sow != null) {
			DateRange term = new DateRange(sow.startDate(), sow.endDate());
			String within = "must be within the term of SOW " + sow.number() + " (" + DATE.format(sow.startDate())
					+ ((sow.endDate() != null) ? " – " + DATE.format(sow.endDate()) : ", open-ended") + ")";
			if (!term.contains(from)) {
				problems.add("startDate", within);
				fits = false;
			}
			if (to != null && end != null && !term.contains(to)) {
				problems.add("endDate", within);
				fits = false;
			}
		}
		if (fits && to != null && to.isBefore(from)) {
			problems.add("endDate", (end != null) ? "must be on or after the start date"
					: "must be given: the start is after the end of SOW " + sow.number());
			fits = false;
		}
		return fits ? new DateRange(from, to) : null;
	}

	/**
	 * The budget, in the client's currency: an amount without a currency takes the
	 * client's, a currency must be a real one and the client's. None without an amount.
	 */
	public static Money budget(MoneyInput input, Currency clientCurrency, InvalidInputException.Collector problems) {
		if (input == null || input.amount() == null || input.amount().isBlank()) {
			return null;
		}
		String currency = (input.currency() == null || input.currency().isBlank())
				? ((clientCurrency != null) ? clientCurrency.getCurrencyCode() : "") : input.currency();
		Money budget = new MoneyInput(input.amount(), currency).toMoney("budget", false, problems);
		if (budget != null && clientCurrency != null && !budget.currency().equals(clientCurrency)) {
			problems.add("budget.currency", "must be the client's currency, " + clientCurrency.getCurrencyCode());
			return null;
		}
		return budget;
	}

}
