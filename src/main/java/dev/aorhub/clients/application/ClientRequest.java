package dev.aorhub.clients.application;

import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.domain.BillingAddress;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.ClientDetails;
import dev.aorhub.clients.domain.ClientDetails.CompetitorRef;
import dev.aorhub.shared.validation.ValidCurrency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A client to add or change, as the API, the client form and the import send it. Text is
 * kept without its surrounding spaces and blank optional text is none; no currency keeps
 * the client's (a new one takes the workspace's), and no status keeps it (a new one is
 * active). A competitor is one of our clients ({@code clientId}) or a name. Rules that
 * span the list or need the workspace (the name unique, competitors that exist, at most
 * 500 characters of tags) are the service's. {@code version} is the one the caller saw,
 * for a change.
 */
public record ClientRequest(@NotBlank(message = "is required") @Size(max = 200, message = MAX) String name,
		@Size(max = 200, message = MAX) String legalName, @Size(max = 100, message = MAX) String industry,
		@Size(max = 300, message = MAX) @Pattern(regexp = WEBSITE, flags = Pattern.Flag.CASE_INSENSITIVE,
				message = "must be a web address such as https://acme.com") String website,
		@Valid Address billingAddress,
		@ValidCurrency(message = "must be an ISO 4217 currency code such as USD") String currency,
		@Min(value = 0, message = TERMS) @Max(value = 365, message = TERMS) Integer paymentTermsDays,
		ClientStatus status, List<@NotBlank(message = "is required") @Size(max = 40, message = MAX) String> tags,
		@Size(max = 4000, message = MAX) String notes, List<@Valid CompetitorEntry> competitors, Long version) {

	static final String MAX = "must be at most {max} characters";

	static final String TERMS = "must be between 0 and 365";

	static final String WEBSITE = "^(https?://)?[\\w.-]+\\.[a-z]{2,}(/\\S*)?$";

	public ClientRequest {
		name = (name != null) ? name.strip() : null;
		legalName = clean(legalName);
		industry = clean(industry);
		website = clean(website);
		billingAddress = (billingAddress != null) ? billingAddress : new Address(null, null, null, null, null, null);
		currency = clean(currency);
		tags = (tags != null) ? tags.stream().map((tag) -> (tag != null) ? tag.strip() : null).toList() : List.of();
		notes = clean(notes);
		competitors = (competitors != null) ? competitors : List.of();
	}

	/** Where the client's invoices go, kept as sent. */
	public record Address(@Size(max = 200, message = MAX) String line1, @Size(max = 200, message = MAX) String line2,
			@Size(max = 100, message = MAX) String city, @Size(max = 100, message = MAX) String region,
			@Size(max = 20, message = MAX) String postalCode, @Size(max = 100, message = MAX) String country) {

		/** The address as a request sends it; none for none. */
		public static Address of(BillingAddress address) {
			if (address == null) {
				return null;
			}
			return new Address(address.line1(), address.line2(), address.city(), address.region(), address.postalCode(),
					address.country());
		}

	}

	/** A competitor: one of our clients, or a company by name. */
	public record CompetitorEntry(UUID clientId, @Size(max = 200, message = MAX) String name) {

		public CompetitorEntry {
			name = clean(name);
		}

	}

	/** The client as it is now, as a request that would change nothing. */
	public static ClientRequest of(Client client) {
		return new ClientRequest(client.getName(), client.getLegalName(), client.getIndustry(), client.getWebsite(),
				Address.of(client.getAddress()), client.getCurrency(), client.getPaymentTermsDays(), client.getStatus(),
				client.getTags(), client.getNotes(),
				client.getCompetitors()
					.stream()
					.map((competitor) -> new CompetitorEntry(competitor.clientId(), competitor.name()))
					.toList(),
				client.getVersion());
	}

	/** The same request with other competitors. */
	public ClientRequest withCompetitors(List<CompetitorEntry> changed) {
		return new ClientRequest(this.name, this.legalName, this.industry, this.website, this.billingAddress,
				this.currency, this.paymentTermsDays, this.status, this.tags, this.notes, changed, this.version);
	}

	/** The same request for a change from the given version. */
	public ClientRequest withVersion(Long changed) {
		return new ClientRequest(this.name, this.legalName, this.industry, this.website, this.billingAddress,
				this.currency, this.paymentTermsDays, this.status, this.tags, this.notes, this.competitors, changed);
	}

	/** What the client records, once the request is checked. */
	public ClientDetails details() {
		Address a = this.billingAddress;
		return new ClientDetails(this.name, this.legalName, this.industry, this.website,
				new BillingAddress(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country()),
				this.currency, this.paymentTermsDays, this.status, this.tags, this.notes,
				this.competitors.stream()
					.map((c) -> (c != null) ? new CompetitorRef(c.clientId(), c.name()) : null)
					.toList());
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
