package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.contracts.ContractRecords;
import dev.aorhub.contracts.MsaSigned;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.MsaTerminated;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.StatedReason;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A master services agreement: the legal frame of an AOR relationship with one client.
 * Its SOWs fall inside its term; its non-compete categories keep us from serving the
 * client's competitors in them while it is signed. The status changes only through
 * {@link MsaStatus}'s state machine.
 */
@Entity
@Table(name = "msa")
public class Msa extends TenantAggregate {

	@Column(name = "client_id", updatable = false)
	private UUID clientId;

	private String title;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private MsaStatus status;

	@Column(name = "effective_date")
	private LocalDate effectiveDate;

	@Column(name = "expiry_date")
	private LocalDate expiryDate;

	@Column(name = "payment_terms_days")
	private int paymentTermsDays;

	@Column(name = "rate_card_id")
	private UUID rateCardId;

	@Column(name = "discount_percent")
	private java.math.BigDecimal discountPercent;

	@Column(name = "notice_period_days")
	private int noticePeriodDays;

	private String notes;

	private boolean archived;

	/** Why it was terminated, when someone said. */
	@Column(name = "termination_reason")
	private String terminationReason;

	/** Who signed for the client and when; null until signed. */
	@Embedded
	private Signature signature;

	// Lazy, and fetched together by MsaRepository's finder: sets, so that one query can
	// join both (two lists, bags to Hibernate, cannot be fetched at once), ordered by id
	// as their primary keys are.
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "msa_non_compete", joinColumns = @JoinColumn(name = "msa_id", referencedColumnName = "id"))
	@OrderBy("categoryId")
	private Set<NonCompete> nonCompetes = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "msa_designation", joinColumns = @JoinColumn(name = "msa_id", referencedColumnName = "id"))
	@OrderBy("designationId")
	private Set<LinkedDesignation> designations = new LinkedHashSet<>();

	/** A service category the MSA's non-compete clause covers. */
	@Embeddable
	public record NonCompete(@Column(name = "workspace_id") UUID workspaceId,
			@Column(name = "category_id") UUID categoryId) {
	}

	/** An AOR designation the MSA governs. */
	@Embeddable
	public record LinkedDesignation(@Column(name = "workspace_id") UUID workspaceId,
			@Column(name = "designation_id") UUID designationId) {
	}

	protected Msa() {
	}

	/**
	 * A new MSA with {@code clientName}'s client (for the audit log), recorded
	 * {@code today}; one recorded as signed is signed from today.
	 */
	public Msa(UUID workspaceId, MsaTerms terms, MsaStatus status, String clientName, LocalDate today) {
		super(workspaceId);
		this.clientId = terms.clientId();
		this.status = status;
		apply(terms);
		if (status == MsaStatus.SIGNED) {
			this.signature = Signature.unnamed(today);
			registerEvent(signed(null));
		}
		registerEvent(new AuditedChange(workspaceId, AuditEntry.created(ContractRecords.MSA, getId(),
				"Created MSA " + this.title + " with " + clientName, auditState())));
	}

	/**
	 * Changes the terms (validated; the client never changes) and, when {@code status}
	 * differs, moves through the state machine; the audit log keeps it as one change.
	 */
	public void revise(MsaTerms terms, MsaStatus status, LocalDate today) {
		Map<String, Object> before = auditState();
		apply(terms);
		if (status != null && status != this.status) {
			move(status, Signature.unnamed(today), today, null);
		}
		registerEvent(new AuditedChange(getWorkspaceId(),
				AuditEntry.updated(ContractRecords.MSA, getId(), "Changed MSA " + this.title, before, auditState())));
	}

	private void apply(MsaTerms terms) {
		this.title = terms.title();
		this.effectiveDate = terms.effectiveDate();
		this.expiryDate = terms.expiryDate();
		this.paymentTermsDays = terms.paymentTermsDays();
		this.rateCardId = terms.rateCardId();
		this.discountPercent = terms.discountPercent().value();
		this.noticePeriodDays = terms.noticePeriodDays();
		this.notes = terms.notes();
		Set<NonCompete> nonCompetes = new LinkedHashSet<>(
				terms.nonCompeteCategoryIds().stream().map((id) -> new NonCompete(getWorkspaceId(), id)).toList());
		if (!nonCompetes.equals(this.nonCompetes)) {
			this.nonCompetes = nonCompetes;
		}
		Set<LinkedDesignation> designations = new LinkedHashSet<>(
				terms.designationIds().stream().map((id) -> new LinkedDesignation(getWorkspaceId(), id)).toList());
		if (!designations.equals(this.designations)) {
			this.designations = designations;
		}
	}

	public void send(LocalDate today) {
		moveTo(MsaStatus.SENT, today);
	}

	public void sign(LocalDate today) {
		sign(Signature.unnamed(today), today);
	}

	/**
	 * Records the client's signature: signed on its date, by the signatory when known;
	 * the audit log and the event name both.
	 */
	public void sign(Signature signature, LocalDate today) {
		MsaStatus from = this.status;
		move(MsaStatus.SIGNED, signature, today, "Signed MSA " + this.title + " " + signature.describe() + " (was "
				+ from.label().toLowerCase(Locale.ROOT) + ")");
	}

	/** The term is over: only after its expiry date. */
	public void expire(LocalDate today) {
		moveTo(MsaStatus.EXPIRED, today);
	}

	public void terminate(LocalDate today) {
		terminate(today, null);
	}

	/**
	 * Ends the agreement before its term is over; {@code reason} may say why. The move is
	 * checked before the reason is kept, so a refused one keeps nothing.
	 */
	public void terminate(LocalDate today, String reason) {
		String why = StatedReason.clean(reason);
		requireCanMove(MsaStatus.TERMINATED, today);
		this.terminationReason = why;
		moveTo(MsaStatus.TERMINATED, today);
	}

	/**
	 * The statuses the MSA may move to {@code today}: those its state machine allows and
	 * its term does (see {@link #requireCanMove}).
	 */
	public Set<MsaStatus> allowedMoves(LocalDate today) {
		Set<MsaStatus> allowed = new LinkedHashSet<>();
		for (MsaStatus target : this.status.next()) {
			if (termRefusal(target, today) == null) {
				allowed.add(target);
			}
		}
		return allowed;
	}

	/**
	 * Throws a 409 when the state machine or the term forbids the move {@code today}: an
	 * MSA expires only once its expiry date is past (one without an expiry date ends by
	 * termination), and a term that is over expires rather than being terminated.
	 */
	public void requireCanMove(MsaStatus target, LocalDate today) {
		this.status.requireCanBecome(target);
		String refusal = termRefusal(target, today);
		if (refusal != null) {
			throw new ConflictException((target == MsaStatus.EXPIRED) ? "term-not-over" : "term-over", refusal,
					Map.of("currentStatus", this.status.name(), "requestedStatus", target.name()));
		}
	}

	private String termRefusal(MsaStatus target, LocalDate today) {
		if (target == MsaStatus.EXPIRED && this.expiryDate == null) {
			return "The MSA " + this.title + " has no expiry date: it cannot expire, only be terminated";
		}
		if (target == MsaStatus.EXPIRED && !today.isAfter(this.expiryDate)) {
			return "The MSA " + this.title + " runs until " + this.expiryDate
					+ ": it can be marked expired once that date is past";
		}
		if (target == MsaStatus.TERMINATED && this.expiryDate != null && today.isAfter(this.expiryDate)) {
			return "The term of the MSA " + this.title + " ended on " + this.expiryDate
					+ ": mark it expired instead of terminating it";
		}
		return null;
	}

	/**
	 * Moves through the state machine on {@code today}, or throws a 409 when it forbids
	 * the move.
	 */
	public void moveTo(MsaStatus target, LocalDate today) {
		if (target == MsaStatus.SIGNED) {
			sign(today);
			return;
		}
		MsaStatus from = this.status;
		move(target, null, today,
				verb(target) + " MSA " + this.title + " (was " + from.label().toLowerCase(Locale.ROOT) + ")");
	}

	/** The move; {@code summary} null when the audit log keeps it as part of an edit. */
	private void move(MsaStatus target, Signature signature, LocalDate today, String summary) {
		requireCanMove(target, today);
		this.status = target;
		if (target == MsaStatus.SIGNED) {
			this.signature = signature;
			registerEvent(signed(summary));
		}
		else if (target == MsaStatus.TERMINATED) {
			registerEvent(new MsaTerminated(getWorkspaceId(), getId(), this.clientId, getDesignationIds(), today,
					(summary != null) ? summary + StatedReason.sentence(this.terminationReason) : null,
					this.terminationReason));
		}
		else if (summary != null) {
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ContractRecords.MSA, getId(), target.name(), summary)));
		}
	}

	private MsaSigned signed(String summary) {
		return new MsaSigned(getWorkspaceId(), getId(), this.clientId, getDesignationIds(), this.signature.signedOn(),
				this.signature.contactId(), this.signature.name(), summary);
	}

	private static String verb(MsaStatus target) {
		return switch (target) {
			case DRAFT -> "Reopened";
			case SENT -> "Sent";
			case SIGNED -> "Signed";
			case EXPIRED -> "Marked expired:";
			case TERMINATED -> "Terminated";
		};
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ContractRecords.MSA, getId(), "ARCHIVED", "Archived MSA " + this.title)));
		}
	}

	public DateRange term() {
		return new DateRange(this.effectiveDate, this.expiryDate);
	}

	/** Whether the non-compete is in force: a signed MSA covering the category. */
	public boolean forbidsCompetitorsIn(UUID categoryId) {
		return this.status == MsaStatus.SIGNED && !this.archived && getNonCompeteCategoryIds().contains(categoryId);
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("title", this.title);
		state.put("status", this.status);
		state.put("effectiveDate", this.effectiveDate);
		state.put("expiryDate", this.expiryDate);
		state.put("paymentTermsDays", this.paymentTermsDays);
		state.put("rateCardId", this.rateCardId);
		state.put("discountPercent", getDiscountPercent().text());
		state.put("noticePeriodDays", this.noticePeriodDays);
		state.put("nonCompeteCategoryIds",
				getNonCompeteCategoryIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(", ")));
		state.put("designationIds",
				getDesignationIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(", ")));
		state.put("notes", this.notes);
		state.put("archived", this.archived);
		return state;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public String getTitle() {
		return this.title;
	}

	public MsaStatus getStatus() {
		return this.status;
	}

	public LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	public LocalDate getExpiryDate() {
		return this.expiryDate;
	}

	public int getPaymentTermsDays() {
		return this.paymentTermsDays;
	}

	public UUID getRateCardId() {
		return this.rateCardId;
	}

	public Percent getDiscountPercent() {
		return new Percent(this.discountPercent);
	}

	public int getNoticePeriodDays() {
		return this.noticePeriodDays;
	}

	public String getNotes() {
		return this.notes;
	}

	public boolean isArchived() {
		return this.archived;
	}

	/** Why it was terminated; null when nobody said (or it was not terminated). */
	public String getTerminationReason() {
		return this.terminationReason;
	}

	/** Who signed for the client and when; null while unsigned (or signed unrecorded). */
	public Signature getSignature() {
		return this.signature;
	}

	public List<UUID> getNonCompeteCategoryIds() {
		return this.nonCompetes.stream().map(NonCompete::categoryId).toList();
	}

	public List<UUID> getDesignationIds() {
		return this.designations.stream().map(LinkedDesignation::designationId).toList();
	}

}
