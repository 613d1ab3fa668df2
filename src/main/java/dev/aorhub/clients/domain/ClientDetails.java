package dev.aorhub.clients.domain;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.shared.InvalidInputException;

/**
 * Everything an account team sets about a client, with its rules.
 */
public record ClientDetails(String name, String legalName, String industry, String website, BillingAddress address,
		String currency, Integer paymentTermsDays, ClientStatus status, List<String> tags, String notes,
		List<CompetitorRef> competitors) {

	/** A named competitor, optionally one of our own clients. */
	public record CompetitorRef(UUID clientId, String name) {
	}

	private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[\\w.-]+\\.[a-z]{2,}(/\\S*)?$",
			Pattern.CASE_INSENSITIVE);

	public ClientDetails {
		address = (address != null) ? address : BillingAddress.empty();
		tags = (tags != null) ? tags : List.of();
		competitors = (competitors != null) ? competitors : List.of();
	}

	public void validate(InvalidInputException.Collector problems) {
		check(problems, "name", this.name, 200, true);
		check(problems, "legalName", this.legalName, 200, false);
		check(problems, "industry", this.industry, 100, false);
		check(problems, "website", this.website, 300, false);
		if (this.website != null && !this.website.isBlank()) {
			problems.check(WEBSITE.matcher(this.website.strip()).matches(), "website",
					"must be a web address such as https://acme.com");
		}
		check(problems, "billingAddress.line1", this.address.line1(), 200, false);
		check(problems, "billingAddress.line2", this.address.line2(), 200, false);
		check(problems, "billingAddress.city", this.address.city(), 100, false);
		check(problems, "billingAddress.region", this.address.region(), 100, false);
		check(problems, "billingAddress.postalCode", this.address.postalCode(), 20, false);
		check(problems, "billingAddress.country", this.address.country(), 100, false);
		if (this.currency != null && !this.currency.isBlank()) {
			try {
				Currency.getInstance(this.currency.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add("currency", "must be an ISO 4217 currency code such as USD");
			}
		}
		if (this.paymentTermsDays != null) {
			problems.check(this.paymentTermsDays >= 0 && this.paymentTermsDays <= 365, "paymentTermsDays",
					"must be between 0 and 365");
		}
		for (int i = 0; i < this.tags.size(); i++) {
			check(problems, "tags[" + i + "]", this.tags.get(i), 40, true);
		}
		problems.check(String.join(",", normalisedTags()).length() <= 500, "tags", "are too many");
		check(problems, "notes", this.notes, 4000, false);
		for (int i = 0; i < this.competitors.size(); i++) {
			CompetitorRef ref = this.competitors.get(i);
			problems.check(ref != null && (ref.clientId() != null || (ref.name() != null && !ref.name().isBlank())),
					"competitors[" + i + "]", "needs a client or a name");
			if (ref != null && ref.name() != null) {
				check(problems, "competitors[" + i + "].name", ref.name(), 200, false);
			}
		}
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

	private static void check(InvalidInputException.Collector problems, String field, String value, int max,
			boolean required) {
		if (value == null || value.isBlank()) {
			problems.check(!required, field, "is required");
			return;
		}
		problems.check(value.strip().length() <= max, field, "must be at most " + max + " characters");
	}

}
