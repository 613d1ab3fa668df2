package dev.aorhub.relationships.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.shared.time.DateRange;

/**
 * A client can give a service category in a market exclusively to one agency at a time.
 * Two {@code EXCLUSIVE} designations conflict when they are for the same client, category
 * and market (compared without case), their terms share a day, and both are live
 * (pitching, active or under review). Ended and lost designations never conflict;
 * preferred and project work may coexist with anything. It holds for our designations and
 * other agencies' alike: a client cannot have two exclusive AORs for the same work.
 */
public final class ExclusivityPolicy {

	/** What the policy looks at in a designation. */
	public record Claim(UUID id, UUID clientId, UUID categoryId, String market, DesignationKind kind,
			DesignationStatus status, DateRange term) {
	}

	/** The first existing claim the candidate conflicts with, if any. */
	public Optional<Claim> firstConflict(Claim candidate, Collection<Claim> existing) {
		return existing.stream().filter((other) -> conflict(candidate, other)).findFirst();
	}

	public boolean conflict(Claim a, Claim b) {
		return !a.id().equals(b.id()) && a.kind() == DesignationKind.EXCLUSIVE && b.kind() == DesignationKind.EXCLUSIVE
				&& a.status().isLive() && b.status().isLive() && a.clientId().equals(b.clientId())
				&& a.categoryId().equals(b.categoryId()) && sameMarket(a.market(), b.market())
				&& a.term().overlaps(b.term());
	}

	static boolean sameMarket(String a, String b) {
		return marketKey(a).equals(marketKey(b));
	}

	/** Markets compare without case and surrounding blanks: "global" is "Global". */
	public static String marketKey(String market) {
		return (market != null) ? market.strip().toLowerCase(Locale.ROOT) : "";
	}

}
