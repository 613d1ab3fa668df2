package dev.aorhub.delivery.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.delivery.domain.ReviewDecision.Outcome;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.attachments.StoredFile;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A piece of creative work on a campaign (a banner, a film, a script): its versions, the
 * review rounds they went through and every decision taken on them. The status follows
 * {@link AssetStatus}; once approved, the asset takes no new version and no change of
 * what it is, so the approved version stays what was approved.
 */
@Entity
@Table(name = "creative_asset")
public class CreativeAsset extends TenantAggregate {

	/** How the audit log names an asset. */
	public static final String ENTITY_TYPE = DeliveryRecords.CREATIVE_ASSET;

	/** The problem type of a change an approved asset refuses. */
	public static final String LOCKED = "asset-locked";

	@Column(name = "campaign_id")
	private UUID campaignId;

	@Column(name = "client_id")
	private UUID clientId;

	@Column(name = "brand_id")
	private UUID brandId;

	private String name;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private AssetKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private AssetStatus status;

	@Column(name = "current_version")
	private int currentVersion;

	@Column(name = "approved_version")
	private Integer approvedVersion;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	private boolean archived;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "asset_id", nullable = false, updatable = false)
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@OrderBy("number")
	private List<CreativeAssetVersion> versions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "asset_id", nullable = false, updatable = false)
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@OrderBy("number")
	private List<ReviewRound> rounds = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "asset_id", nullable = false, updatable = false)
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@OrderBy("decidedAt")
	private List<ReviewDecision> decisions = new ArrayList<>();

	protected CreativeAsset() {
	}

	/** A new asset is work in progress with no version yet. */
	public CreativeAsset(UUID workspaceId, CreativeAssetDetails details) {
		super(workspaceId);
		this.status = AssetStatus.IN_PROGRESS;
		apply(details);
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(ENTITY_TYPE, getId(), "Created the creative asset " + this.name, auditState())));
	}

	/** Changes what the asset is; an approved asset is locked. */
	public void revise(CreativeAssetDetails details) {
		requireUnlocked("changed");
		Map<String, Object> before = auditState();
		apply(details);
		AuditEntry entry = AuditEntry.updated(ENTITY_TYPE, getId(), "Changed the creative asset " + this.name, before,
				auditState());
		if (entry != null) {
			registerEvent(new AuditedChange(getWorkspaceId(), entry));
		}
	}

	/**
	 * Refuses a new version before its bytes are stored: approved is locked, and a
	 * version under review stays the one reviewed.
	 */
	public void requireOpenForNewVersion() {
		requireUnlocked("given a new version");
		if (this.status.inReview()) {
			throw new ConflictException("asset-in-review",
					"The creative asset " + this.name + " is in " + this.status.label().toLowerCase(Locale.ROOT)
							+ ": ask for changes first, so the reviewers decide on the version they saw");
		}
	}

	/**
	 * Adds the next version; work that needed changes is in progress again.
	 */
	public CreativeAssetVersion addVersion(StoredFile file, StoredFile thumbnail, String notes) {
		requireOpenForNewVersion();
		var version = new CreativeAssetVersion(getWorkspaceId(), this.currentVersion + 1, notes, file, thumbnail);
		this.versions.add(version);
		this.currentVersion = version.getNumber();
		Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
		changes.put("currentVersion", new AuditEntry.FieldChange(String.valueOf(this.currentVersion - 1),
				String.valueOf(this.currentVersion)));
		if (this.status == AssetStatus.CHANGES_REQUESTED) {
			this.status = this.status.requireCanBecome(AssetStatus.IN_PROGRESS);
			changes.put("status",
					new AuditEntry.FieldChange(AssetStatus.CHANGES_REQUESTED.name(), AssetStatus.IN_PROGRESS.name()));
		}
		registerEvent(new AuditedChange(getWorkspaceId(),
				new AuditEntry(ENTITY_TYPE, getId(), "VERSION_ADDED",
						"Uploaded version " + version.getNumber() + " of " + this.name + " (" + file.fileName() + ")",
						changes)));
		return version;
	}

	/** Work in progress goes to an internal review round. */
	public ReviewRound submit(RoundPlan plan, Reviewer by, Instant now) {
		if (this.currentVersion == 0 && this.status == AssetStatus.IN_PROGRESS) {
			throw new ConflictException("asset-without-version",
					"The creative asset " + this.name + " has no version to review yet: upload one first");
		}
		return openRound(AssetStatus.INTERNAL_REVIEW, plan, by, now);
	}

	/** An internally reviewed version goes to the client's review round. */
	public ReviewRound sendToClient(RoundPlan plan, Reviewer by, Instant now) {
		AssetStatus from = this.status;
		from.requireCanBecome(AssetStatus.CLIENT_REVIEW);
		decide(Outcome.SENT_TO_CLIENT, by, null, now);
		return openRound(AssetStatus.CLIENT_REVIEW, plan, by, now);
	}

	/**
	 * Approves the current version, from either review, and locks it. Whether the
	 * approver may is the caller's rule (an agency approver, or the client).
	 */
	public void approve(Reviewer by, String comment, Instant now) {
		AssetStatus from = this.status;
		this.status = from.requireCanBecome(AssetStatus.APPROVED);
		decide(Outcome.APPROVED, by, comment, now);
		this.approvedVersion = this.currentVersion;
		this.approvedBy = by.viaLink() ? by.name() + " (" + Reviewer.VIA_LINK + ")" : by.name();
		this.approvedAt = now;
		audit("APPROVED", "Approved version " + this.currentVersion + " of " + this.name + " ("
				+ from.label().toLowerCase(Locale.ROOT) + "), by " + this.approvedBy, from);
	}

	/** Sends the current version back from either review with what to change. */
	public void requestChanges(Reviewer by, String comment, Instant now) {
		AssetStatus from = this.status;
		this.status = from.requireCanBecome(AssetStatus.CHANGES_REQUESTED);
		decide(Outcome.CHANGES_REQUESTED, by, comment, now);
		String who = by.viaLink() ? by.name() + " (" + Reviewer.VIA_LINK + ")" : by.name();
		audit("CHANGES_REQUESTED", "Asked for changes to version " + this.currentVersion + " of " + this.name + ", by "
				+ who + ": " + comment, from);
	}

	/** Assets keep their history: deleting archives; twice changes nothing. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "ARCHIVED", "Archived the creative asset " + this.name)));
		}
	}

	private ReviewRound openRound(AssetStatus stage, RoundPlan plan, Reviewer by, Instant now) {
		AssetStatus from = this.status;
		this.status = from.requireCanBecome(stage);
		openRound().ifPresent((round) -> round.close(now));
		var round = new ReviewRound(getWorkspaceId(), this.rounds.size() + 1, stage, this.currentVersion, plan,
				by.userId(), now);
		this.rounds.add(round);
		String due = (plan.dueDate() != null) ? ", due " + plan.dueDate() : "";
		audit((stage == AssetStatus.INTERNAL_REVIEW) ? "SUBMITTED" : "SENT_TO_CLIENT",
				"Sent version " + this.currentVersion + " of " + this.name + " to "
						+ stage.label().toLowerCase(Locale.ROOT) + " (round " + round.getNumber() + due + ")",
				from);
		return round;
	}

	private void decide(Outcome outcome, Reviewer by, String comment, Instant now) {
		ReviewRound round = openRound().orElse(null);
		this.decisions.add(new ReviewDecision(getWorkspaceId(), (round != null) ? round.getId() : null, outcome,
				this.currentVersion, by, comment, now));
		if (round != null && outcome != Outcome.SENT_TO_CLIENT) {
			round.close(now);
		}
	}

	private void audit(String action, String summary, AssetStatus from) {
		Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
		changes.put("status", new AuditEntry.FieldChange(from.name(), this.status.name()));
		registerEvent(
				new AuditedChange(getWorkspaceId(), new AuditEntry(ENTITY_TYPE, getId(), action, summary, changes)));
	}

	private void requireUnlocked(String what) {
		if (this.status == AssetStatus.APPROVED) {
			throw new ConflictException(LOCKED, "The creative asset " + this.name + " is approved (version "
					+ this.approvedVersion + ") and locked: it cannot be " + what);
		}
	}

	private void apply(CreativeAssetDetails details) {
		this.campaignId = details.campaignId();
		this.clientId = details.clientId();
		this.brandId = details.brandId();
		this.name = details.name();
		this.kind = details.kind();
	}

	/** The round in progress, if the asset is in review. */
	public Optional<ReviewRound> openRound() {
		return this.rounds.stream().filter(ReviewRound::isOpen).reduce((first, second) -> second);
	}

	/** The users named as reviewers in any round, to look their names up at once. */
	public java.util.Set<UUID> reviewerUserIds() {
		java.util.Set<UUID> ids = new java.util.HashSet<>();
		this.rounds.forEach((round) -> round.getReviewers()
			.stream()
			.map(RoundReviewer::userId)
			.filter(java.util.Objects::nonNull)
			.forEach(ids::add));
		return ids;
	}

	public Optional<CreativeAssetVersion> version(int number) {
		return this.versions.stream().filter((v) -> v.getNumber() == number).findFirst();
	}

	public CreativeAssetDetails details() {
		return new CreativeAssetDetails(this.campaignId, this.clientId, this.brandId, this.name, this.kind);
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("campaignId", this.campaignId);
		state.put("brandId", this.brandId);
		state.put("name", this.name);
		state.put("kind", this.kind);
		state.put("status", this.status);
		state.put("archived", this.archived);
		return state;
	}

	public UUID getCampaignId() {
		return this.campaignId;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public UUID getBrandId() {
		return this.brandId;
	}

	public String getName() {
		return this.name;
	}

	public AssetKind getKind() {
		return this.kind;
	}

	public AssetStatus getStatus() {
		return this.status;
	}

	public int getCurrentVersion() {
		return this.currentVersion;
	}

	public Integer getApprovedVersion() {
		return this.approvedVersion;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public List<CreativeAssetVersion> getVersions() {
		return List.copyOf(this.versions);
	}

	public List<ReviewRound> getRounds() {
		return List.copyOf(this.rounds);
	}

	public List<ReviewDecision> getDecisions() {
		return List.copyOf(this.decisions);
	}

}
