package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;

/**
 * What renewing a designation means: only a running relationship (active, or under a
 * review the renewal settles) is renewed; what the caller leaves out comes from the
 * current term: the next term starts the day after it ends and runs as long (in calendar
 * months and days, so a term of whole years stays whole years), at the same annual value
 * and kind. The next term must start after the current one started (renewing early
 * replaces the rest of the current term) and end after it starts.
 */
public final class RenewalPolicy {

	/** The statuses a designation can be renewed from. */
	public static final Set<DesignationStatus> RENEWABLE = Set.of(DesignationStatus.ACTIVE,
			DesignationStatus.UNDER_REVIEW);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** A 409 that says why, for a designation that is not running. */
	public void requireRenewable(DesignationStatus status) {
		if (!RENEWABLE.contains(status)) {
			throw new ConflictException("not-renewable",
					"A designation that is " + status.name()
							+ " cannot be renewed; only an ACTIVE or UNDER_REVIEW designation can. "
							+ (status == DesignationStatus.PITCHING ? "Activate it when the pitch is won."
									: "Record the new relationship as a new designation."));
		}
	}

	/** The day the next term starts unless told: the day after the current one ends. */
	public LocalDate defaultStart(DateRange current) {
		return (current.end() != null) ? current.end().plusDays(1) : null;
	}

	/**
	 * The day a next term from {@code start} ends unless told: as long as the current
	 * term (open-ended when the current one is).
	 */
	public LocalDate defaultEnd(DateRange current, LocalDate start) {
		if (current.end() == null || start == null) {
			return null;
		}
		Period length = Period.between(current.start(), current.end().plusDays(1));
		return start.plus(length).minusDays(1);
	}

	/** The next term with every default filled in, for a form to show. */
	public Term proposal(Term current) {
		LocalDate start = defaultStart(current.dates());
		if (start == null) {
			return null;
		}
		return new Term(new DateRange(start, defaultEnd(current.dates(), start)), current.annualValue(),
				current.kind());
	}

	/**
	 * The next term from what the caller gave (null for the default), or a 422 naming the
	 * fields at fault with the {@code problems} found before.
	 */
	public Term next(Term current, LocalDate startDate, LocalDate endDate, Money annualValue, DesignationKind kind,
			InvalidInputException.Collector problems) {
		LocalDate start = (startDate != null) ? startDate : defaultStart(current.dates());
		LocalDate end = (endDate != null) ? endDate : defaultEnd(current.dates(), start);
		if (start == null) {
			problems.check(problems.names("startDate"), "startDate",
					"is required: the current term is open-ended, so it has no end to follow");
		}
		else if (!start.isAfter(current.dates().start())) {
			problems.add("startDate",
					"must be after the current term's start (" + DATE.format(current.dates().start()) + ")");
		}
		if (start != null && end != null && !end.isAfter(start)) {
			problems.add("endDate", "must be after the start date (" + DATE.format(start) + ")");
		}
		problems.throwIfAny();
		return new Term(new DateRange(start, end), (annualValue != null) ? annualValue : current.annualValue(),
				(kind != null) ? kind : current.kind());
	}

}
