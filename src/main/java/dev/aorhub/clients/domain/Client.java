package dev.aorhub.clients.domain;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.clients.ClientArchived;
import dev.aorhub.clients.ClientRestored;
import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * An advertiser the agency works for, or hopes to: the account's home.
 */
@Entity
@Table(name = "client")
public class Client extends TenantAggregate {

	private String name;

	/** The name in lower case: names are unique per workspace whatever their case. */
	@Column(name = "name_key")
	private String nameKey;

	@Column(name = "legal_name")
	private String legalName;

	private String industry;

	private String website;

	@Embedded
	private BillingAddress address;

	private String currency;

	@Column(name = "payment_terms_days")
	private int paymentTermsDays;

	@Enumerated(EnumType.STRING)
	private ClientStatus status;

	private String tags;

	private String notes;

	private boolean archived;

	// Part of the aggregate and a handful of rows: loaded with it, so a client read in
	// a service can be shown after its transaction ended.
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "client_competitor",
			joinColumns = @JoinColumn(name = "client_id", referencedColumnName = "id"))
	private List<Competitor> competitors = new ArrayList<>();

	protected Client() {
	}

	/**
	 * A new client; {@code defaultCurrency} (the workspace's) applies when none is given.
	 * Competitor names of our own clients must already be resolved.
	 */
	public Client(UUID workspaceId, ClientDetails details, Currency defaultCurrency, List<Competitor> competitors) {
		super(workspaceId);
		apply(details, defaultCurrency, competitors);
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(Clients.ENTITY_TYPE, getId(), "Created client " + this.name, auditState())));
	}

	/** Changes the client's details and competitors; the audit log keeps what changed. */
	public void revise(ClientDetails details, Currency defaultCurrency, List<Competitor> competitors) {
		Map<String, Object> before = auditState();
		apply(details, defaultCurrency, competitors);
		registerEvent(new AuditedChange(getWorkspaceId(),
				AuditEntry.updated(Clients.ENTITY_TYPE, getId(), "Changed client " + this.name, before, auditState())));
	}

	private void apply(ClientDetails details, Currency defaultCurrency, List<Competitor> competitors) {
		boolean isNew = this.status == null;
		this.name = details.name().strip();
		this.nameKey = nameKey(this.name);
		this.legalName = ClientDetails.clean(details.legalName());
		this.industry = ClientDetails.clean(details.industry());
		this.website = ClientDetails.clean(details.website());
		this.address = details.address();
		this.currency = (details.currency() == null || details.currency().isBlank())
				? ((this.currency != null) ? this.currency : defaultCurrency.getCurrencyCode())
				: details.currency().strip().toUpperCase(Locale.ROOT);
		if (details.paymentTermsDays() != null || isNew) {
			this.paymentTermsDays = (details.paymentTermsDays() != null) ? details.paymentTermsDays() : 30;
		}
		this.status = (details.status() != null) ? details.status()
				: ((this.status != null) ? this.status : ClientStatus.ACTIVE);
		this.tags = String.join(",", details.normalisedTags());
		this.notes = ClientDetails.clean(details.notes());
		this.competitors.clear();
		this.competitors.addAll(competitors);
	}

	/** How names are compared: stripped and lower-cased. */
	public static String nameKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new ClientArchived(getWorkspaceId(), getId(), this.name));
		}
	}

	public void restore() {
		if (this.archived) {
			this.archived = false;
			registerEvent(new ClientRestored(getWorkspaceId(), getId(), this.name));
		}
	}

	public ClientSummary summary() {
		return new ClientSummary(getId(), this.name, Currency.getInstance(this.currency), this.status, this.archived);
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("legalName", this.legalName);
		state.put("industry", this.industry);
		state.put("website", this.website);
		state.put("billingAddress", (this.address != null) ? this.address.oneLine() : null);
		state.put("currency", this.currency);
		state.put("paymentTermsDays", this.paymentTermsDays);
		state.put("status", this.status);
		state.put("tags", this.tags);
		state.put("notes", this.notes);
		state.put("competitors",
				this.competitors.stream().map(Competitor::name).sorted().collect(Collectors.joining(", ")));
		state.put("archived", this.archived);
		return state;
	}

	public String getName() {
		return this.name;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public String getIndustry() {
		return this.industry;
	}

	public String getWebsite() {
		return this.website;
	}

	public BillingAddress getAddress() {
		return (this.address != null) ? this.address : BillingAddress.empty();
	}

	public String getCurrency() {
		return this.currency;
	}

	public int getPaymentTermsDays() {
		return this.paymentTermsDays;
	}

	public ClientStatus getStatus() {
		return this.status;
	}

	public List<String> getTags() {
		return (this.tags == null || this.tags.isBlank()) ? List.of() : List.of(this.tags.split(","));
	}

	public String getNotes() {
		return this.notes;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public List<Competitor> getCompetitors() {
		return List.copyOf(this.competitors);
	}

}
