package dev.aorhub.clients.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.ClientStatus;

/**
 * Everything an account team sets about a client, once checked (see
 * {@code ClientRequest}): the client keeps it cleaned of blanks, tags once each.
 */
public record ClientDetails(String name, String legalName, String industry, String website, BillingAddress address,
		String currency, Integer paymentTermsDays, ClientStatus status, List<String> tags, String notes,
		List<CompetitorRef> competitors) {

	/** A named competitor, optionally one of our own clients. */
	public record CompetitorRef(UUID clientId, String name) {
	}

	public ClientDetails {
		address = (address != null) ? address : BillingAddress.empty();
		tags = (tags != null) ? tags : List.of();
		competitors = (competitors != null) ? competitors : List.of();
	}

	public List<String> normalisedTags() {
		Set<String> unique = new LinkedHashSet<>();
		this.tags.stream()
			.filter((tag) -> tag != null && !tag.isBlank())
			.map((tag) -> tag.strip().replace(",", " "))
			.forEach(unique::add);
		return new ArrayList<>(unique);
	}

	static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
