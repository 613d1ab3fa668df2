package dev.aorhub.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.shared.Money;

/**
 * The contracts module's API for work done under a SOW (delivery's campaigns and time,
 * later media and billing): look SOWs up inside one workspace, with the terms that work
 * needs, and the hourly rate a person's time is worth on a date. Each method is one query
 * (the rate two), so a caller with many ids asks once instead of once per id.
 */
public interface StatementsOfWork {

	Optional<SowSummary> find(UUID workspaceId, UUID sowId);

	/** The SOWs with these ids; unknown ids are simply absent. */
	Map<UUID, SowSummary> findAll(UUID workspaceId, Collection<UUID> sowIds);

	/**
	 * A client's SOWs that are not archived or cancelled, newest first: what a time or
	 * campaign form offers.
	 */
	List<SowSummary> ofClient(UUID workspaceId, UUID clientId);

	/**
	 * Every SOW of the workspace that work may be logged against on some day of the
	 * month, by client and number: the pickers of the timesheet.
	 */
	List<SowSummary> workableIn(UUID workspaceId, YearMonth month);

	/**
	 * What an hour of a person in this role is billed on this date under the SOW: the
	 * rate of the role on the SOW's rate card (its time-and-materials fee's, else its
	 * MSA's, else the workspace's default) in force on the date, less the MSA discount.
	 * Empty when no card in force names the role.
	 */
	Optional<Money> hourlyRate(UUID workspaceId, UUID sowId, String role, LocalDate date);

	/** What work under a SOW needs to know of it. */
	record SowSummary(UUID id, UUID clientId, UUID designationId, UUID msaId, String number, String title,
			SowStatus status, LocalDate startDate, LocalDate endDate, String currency, BigDecimal discountPercent,
			List<RetainerTerms> retainers) {

		/**
		 * Time may be logged on a date inside the term of a SOW the client has approved.
		 */
		public boolean workableOn(LocalDate date) {
			return this.status.isCommitted() && !date.isBefore(this.startDate) && !date.isAfter(this.endDate);
		}

		/** {@code SOW-2026-0003 · Always-on social}. */
		public String label() {
			return this.number + " · " + this.title;
		}

	}

	/**
	 * A retainer fee of a SOW: hours included per month, and whether unused hours carry
	 * into the next month.
	 */
	record RetainerTerms(UUID feeId, Money monthlyFee, int includedHours, boolean rollsOverToNextMonth,
			Money overageRate) {
	}

}
