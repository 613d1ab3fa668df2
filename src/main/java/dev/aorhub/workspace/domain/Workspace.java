package dev.aorhub.workspace.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceCreated;
import dev.aorhub.workspace.WorkspaceSettingsChanged;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * An agency's workspace: the tenant every other record belongs to.
 */
@Entity
@Table(name = "workspace")
@EntityListeners(AuditingEntityListener.class)
public class Workspace extends AbstractAggregateRoot<Workspace> {

	static final String ENTITY = "Workspace";

	@Id
	private UUID id;

	private String name;

	@Column(name = "base_currency")
	private String baseCurrency;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "second_factor_required")
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private SecondFactorRule secondFactorRequired = SecondFactorRule.NONE;

	@Version
	private Long version;

	@CreatedDate
	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Workspace() {
	}

	public Workspace(String name, Currency baseCurrency, ZoneId timeZone) {
		this.id = Ids.newId();
		apply(name, baseCurrency, timeZone);
	}

	/**
	 * Announces the new workspace with its first admin, in the sign-up transaction: the
	 * audit log keeps it, and modules give it their defaults.
	 */
	public void signedUpBy(CurrentUser admin) {
		registerEvent(new WorkspaceCreated(this.id, admin,
				AuditEntry.created(ENTITY, this.id, "Created workspace " + this.name, auditState())));
	}

	public void changeSettings(String name, Currency baseCurrency, ZoneId timeZone) {
		changeSettings(name, baseCurrency, timeZone, getSecondFactorRequired());
	}

	/** The settings with whom the workspace requires a second factor of. */
	public void changeSettings(String name, Currency baseCurrency, ZoneId timeZone, SecondFactorRule secondFactor) {
		Map<String, Object> before = auditState();
		apply(name, baseCurrency, timeZone);
		this.secondFactorRequired = secondFactor;
		registerEvent(new WorkspaceSettingsChanged(this.id,
				AuditEntry.updated(ENTITY, this.id, "Changed workspace settings", before, auditState())));
	}

	private void apply(String name, Currency baseCurrency, ZoneId timeZone) {
		this.name = name.strip();
		this.baseCurrency = baseCurrency.getCurrencyCode();
		this.timeZone = timeZone.getId();
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("baseCurrency", this.baseCurrency);
		state.put("timeZone", this.timeZone);
		state.put("secondFactorRequired", getSecondFactorRequired().name());
		return state;
	}

	public UUID getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Currency getBaseCurrency() {
		return Currency.getInstance(this.baseCurrency);
	}

	public ZoneId getTimeZone() {
		return ZoneId.of(this.timeZone);
	}

	public SecondFactorRule getSecondFactorRequired() {
		return (this.secondFactorRequired != null) ? this.secondFactorRequired : SecondFactorRule.NONE;
	}

	public long getVersion() {
		return (this.version != null) ? this.version : 0L;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
