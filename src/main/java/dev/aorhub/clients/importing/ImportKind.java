package dev.aorhub.clients.importing;

import java.util.List;
import java.util.Optional;

/**
 * What an import makes, and the fields its columns can fill. The labels are the export's
 * own headers, so an exported file imports with no mapping at all.
 */
public enum ImportKind {

	CLIENTS("clients", "client", List.of(
			ImportField.required("name", "Name", "client", "client name", "company", "company name", "account",
					"account name", "advertiser"),
			ImportField.optional("legalName", "Legal name", "legal entity", "registered name", "company legal name"),
			ImportField.optional("industry", "Industry", "sector", "vertical"),
			ImportField.optional("website", "Website", "web site", "url", "web", "homepage", "domain"),
			ImportField.optional("currency", "Currency", "currency code"),
			ImportField.optional("paymentTermsDays", "Payment terms (days)", "payment terms", "terms", "net days"),
			ImportField.optional("status", "Status", "stage", "client status"),
			ImportField.optional("tags", "Tags", "labels", "tag"),
			ImportField.optional("notes", "Notes", "note", "comments", "description"),
			ImportField.optional("billingAddress.line1", "Address", "address line 1", "street", "street address",
					"billing address", "address 1"),
			ImportField.optional("billingAddress.line2", "Address line 2", "address 2"),
			ImportField.optional("billingAddress.city", "City", "town"),
			ImportField.optional("billingAddress.region", "State or region", "state", "region", "province", "county"),
			ImportField.optional("billingAddress.postalCode", "Postal code", "zip", "zip code", "postcode",
					"post code"),
			ImportField.optional("billingAddress.country", "Country"),
			ImportField.optional("competitors", "Competitors", "competitor"))),

	CONTACTS("contacts", "contact",
			List.of(ImportField.required("client", "Client", "client name", "company", "company name", "account",
					"account name", "organisation", "organization"),
					ImportField.optional("name", "Name", "full name", "contact", "contact name"),
					ImportField.optional("firstName", "First name", "given name", "forename"),
					ImportField.optional("lastName", "Last name", "surname", "family name"),
					ImportField.optional("email", "E-mail", "email address", "e-mail address", "mail"),
					ImportField.optional("phone", "Phone", "telephone", "phone number", "mobile", "tel"),
					ImportField.optional("title", "Title", "job title", "position", "role"),
					ImportField.optional("level", "Level", "seniority", "contact level"),
					ImportField.optional("primary", "Primary", "primary contact", "is primary"),
					ImportField.optional("active", "Active", "is active"),
					ImportField.optional("reportsTo", "Reports to", "manager", "reports to name", "reports to e-mail"),
					ImportField.optional("notes", "Notes", "note", "comments")));

	/** Uploads larger than this are refused before they are read. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Rows past this are refused: an import runs in one transaction. */
	public static final int MAX_ROWS = 10_000;

	private final String path;

	private final String singular;

	private final List<ImportField> fields;

	ImportKind(String path, String singular, List<ImportField> fields) {
		this.path = path;
		this.singular = singular;
		this.fields = fields;
	}

	/** The URL segment and plural noun: {@code clients}, {@code contacts}. */
	public String path() {
		return this.path;
	}

	public String singular() {
		return this.singular;
	}

	public String plural() {
		return this.path;
	}

	public List<ImportField> fields() {
		return this.fields;
	}

	public Optional<ImportField> field(String key) {
		return this.fields.stream().filter((field) -> field.key().equals(key)).findFirst();
	}

	public static Optional<ImportKind> fromPath(String path) {
		for (ImportKind kind : values()) {
			if (kind.path.equals(path)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
