package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a term's renewal must be settled: notice is due {@code noticeDays} before the end
 * (the contract's notice period), so that is when the renewal conversation must start at
 * the latest.
 */
public record RenewalWindow(LocalDate noticeDate, LocalDate endDate) {

	/** The pipeline shows terms whose notice window opens within this many days. */
	public static final int PIPELINE_HORIZON_DAYS = 180;

	/** The window of a term, or null for an open-ended term (nothing to renew). */
	public static RenewalWindow of(LocalDate endDate, int noticeDays) {
		if (endDate == null) {
			return null;
		}
		if (noticeDays < 0) {
			throw new IllegalArgumentException("notice days must not be negative");
		}
		return new RenewalWindow(endDate.minusDays(noticeDays), endDate);
	}

	public boolean isOpen(LocalDate today) {
		return !today.isBefore(this.noticeDate);
	}

	/** Open today or opening within {@code days}. */
	public boolean opensWithin(LocalDate today, int days) {
		return !this.noticeDate.isAfter(today.plusDays(days));
	}

	/** Negative once the notice date has passed. */
	public long daysUntilNotice(LocalDate today) {
		return ChronoUnit.DAYS.between(today, this.noticeDate);
	}

	/** Negative once the term has ended. */
	public long daysUntilEnd(LocalDate today) {
		return ChronoUnit.DAYS.between(today, this.endDate);
	}

	/** How pressing the renewal is, for people. */
	public Urgency urgency(LocalDate today) {
		if (today.isAfter(this.endDate)) {
			return Urgency.OVERDUE;
		}
		if (isOpen(today)) {
			return Urgency.OPEN;
		}
		return (daysUntilNotice(today) <= 30) ? Urgency.SOON : Urgency.LATER;
	}

	public enum Urgency {

		/** The term has ended and the designation still counts as running. */
		OVERDUE,
		/** Inside the notice window: decide now. */
		OPEN,
		/** The window opens within 30 days. */
		SOON,
		/** The window opens later. */
		LATER

	}

}
