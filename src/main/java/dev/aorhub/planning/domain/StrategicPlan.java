package dev.aorhub.planning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.domain.PlanContent.AudienceSegment;
import dev.aorhub.planning.domain.PlanContent.CompetitorAnalysis;
import dev.aorhub.planning.domain.PlanContent.Milestone;
import dev.aorhub.planning.domain.PlanContent.ResearchNote;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A strategic plan: the agency's marketing strategy for a client, usually for one of our
 * designations there. It is drafted, shared with the client and approved
 * ({@link StrategicPlanStatus}); an approved plan is locked, and the next one starts as a
 * new version copied from it ({@link #nextVersion}). Every change is in the audit log.
 */
@Entity
@Table(name = "strategic_plan")
public class StrategicPlan extends TenantAggregate {

	/** How the audit log names a strategic plan. */
	public static final String ENTITY_TYPE = "StrategicPlan";

	@Column(name = "client_id")
	private UUID clientId;

	@Column(name = "designation_id")
	private UUID designationId;

	private String title;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private StrategicPlanStatus status;

	@Column(name = "plan_version")
	private int planVersion;

	@Column(name = "previous_plan_id")
	private UUID previousPlanId;

	/** The id of version 1, shared by all versions of the plan. */
	@Column(name = "lineage_id")
	private UUID lineageId;

	@Column(name = "shared_at")
	private Instant sharedAt;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "approved_by")
	private UUID approvedBy;

	private boolean archived;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "strategic_plan_research",
			joinColumns = @JoinColumn(name = "plan_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<ResearchRow> research = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "strategic_plan_competitor",
			joinColumns = @JoinColumn(name = "plan_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<CompetitorRow> competitors = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "strategic_plan_segment",
			joinColumns = @JoinColumn(name = "plan_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<SegmentRow> segments = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "strategic_plan_objective",
			joinColumns = @JoinColumn(name = "plan_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<ObjectiveRow> objectives = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "strategic_plan_milestone",
			joinColumns = @JoinColumn(name = "plan_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<MilestoneRow> milestones = new ArrayList<>();

	@Embeddable
	record ResearchRow(@Column(name = "workspace_id") UUID workspaceId, @Column(name = "note") String note,
			@Column(name = "source") String source) {
	}

	@Embeddable
	record CompetitorRow(@Column(name = "workspace_id") UUID workspaceId, @Column(name = "name") String name,
			@Column(name = "positioning") String positioning, @Column(name = "strengths") String strengths,
			@Column(name = "weaknesses") String weaknesses,
			@Column(name = "share_of_voice_percent") BigDecimal shareOfVoicePercent,
			@Column(name = "recent_moves") String recentMoves) {
	}

	/** Channels are kept one a line. */
	@Embeddable
	record SegmentRow(@Column(name = "workspace_id") UUID workspaceId, @Column(name = "name") String name,
			@Column(name = "description") String description, @Column(name = "size") String size,
			@Column(name = "priority") String priority, @Column(name = "channels") String channels) {
	}

	@Embeddable
	record ObjectiveRow(@Column(name = "workspace_id") UUID workspaceId, @Column(name = "text") String text) {
	}

	@Embeddable
	record MilestoneRow(@Column(name = "workspace_id") UUID workspaceId,
			@Column(name = "milestone_id") UUID milestoneId, @Column(name = "name") String name,
			@Column(name = "due_date") LocalDate dueDate, @Column(name = "owner_id") UUID ownerId,
			@Column(name = "status") String status) {
	}

	protected StrategicPlan() {
	}

	/**
	 * A new plan (version 1) may start in any status: agencies bring plans their clients
	 * have already approved.
	 */
	public StrategicPlan(UUID workspaceId, PlanContent content, StrategicPlanStatus status, UUID actorId, Instant now) {
		this(workspaceId, content, status, 1, null, null);
		if (status != StrategicPlanStatus.DRAFT) {
			this.sharedAt = now;
		}
		if (status == StrategicPlanStatus.APPROVED) {
			this.approvedAt = now;
			this.approvedBy = actorId;
		}
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(ENTITY_TYPE, getId(), "Created strategic plan " + this.title, auditState())));
	}

	private StrategicPlan(UUID workspaceId, PlanContent content, StrategicPlanStatus status, int planVersion,
			UUID previousPlanId, UUID lineageId) {
		super(workspaceId);
		this.status = status;
		this.planVersion = planVersion;
		this.previousPlanId = previousPlanId;
		this.lineageId = (lineageId != null) ? lineageId : getId();
		apply(content);
	}

	/**
	 * Changes what the plan says. An approved plan is locked; a shared plan goes back to
	 * draft, since the client has not seen the change.
	 */
	public void revise(PlanContent content) {
		requireEditable();
		Map<String, Object> before = auditState();
		if (this.status == StrategicPlanStatus.SHARED) {
			this.status = this.status.requireCanBecome(StrategicPlanStatus.DRAFT);
			this.sharedAt = null;
		}
		apply(content);
		AuditEntry entry = AuditEntry.updated(ENTITY_TYPE, getId(), "Changed strategic plan " + this.title, before,
				auditState());
		if (entry != null) {
			registerEvent(new AuditedChange(getWorkspaceId(), entry));
		}
	}

	/** Answers 409 for an approved plan, which no one may change. */
	public void requireEditable() {
		if (this.status == StrategicPlanStatus.APPROVED) {
			throw new ConflictException("plan-locked", "The strategic plan " + this.title + " (version "
					+ this.planVersion + ") is approved and locked; start a new version to change it");
		}
	}

	/** Shares the draft with the client. */
	public void share(Instant now) {
		move(StrategicPlanStatus.SHARED);
		this.sharedAt = now;
	}

	/** Records the client's approval of the shared plan, which locks it. */
	public void approve(UUID approverId, Instant now) {
		move(StrategicPlanStatus.APPROVED);
		this.approvedAt = now;
		this.approvedBy = approverId;
	}

	/**
	 * The next version: a draft with everything this one says, pointing back at it. A
	 * draft is edited instead (409); whether this is the latest version is the service's
	 * question.
	 */
	public StrategicPlan nextVersion() {
		if (this.status == StrategicPlanStatus.DRAFT) {
			throw new ConflictException("plan-still-draft", "The strategic plan " + this.title + " (version "
					+ this.planVersion + ") is still a draft: edit it instead of starting a new version");
		}
		StrategicPlan next = new StrategicPlan(getWorkspaceId(), content(), StrategicPlanStatus.DRAFT,
				this.planVersion + 1, getId(), this.lineageId);
		next.registerEvent(new AuditedChange(getWorkspaceId(),
				AuditEntry.created(ENTITY_TYPE, next.getId(), "Started version " + next.planVersion
						+ " of strategic plan " + this.title + " from version " + this.planVersion,
						next.auditState())));
		return next;
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new AuditedChange(getWorkspaceId(), AuditEntry.action(ENTITY_TYPE, getId(), "ARCHIVED",
					"Archived strategic plan " + this.title + " (version " + this.planVersion + ")")));
		}
	}

	private void move(StrategicPlanStatus target) {
		StrategicPlanStatus from = this.status;
		this.status = this.status.requireCanBecome(target);
		registerEvent(new AuditedChange(getWorkspaceId(), new AuditEntry(ENTITY_TYPE, getId(), target.name(),
				"Moved strategic plan " + this.title + " (version " + this.planVersion + ") to "
						+ target.label().toLowerCase(Locale.ROOT) + " (was " + from.label().toLowerCase(Locale.ROOT)
						+ ")",
				Map.of("status", new AuditEntry.FieldChange(from.name(), target.name())))));
	}

	private void apply(PlanContent content) {
		UUID ws = getWorkspaceId();
		this.clientId = content.clientId();
		this.designationId = content.designationId();
		this.title = content.title();
		this.research.clear();
		content.research().forEach((r) -> this.research.add(new ResearchRow(ws, r.note(), r.source())));
		this.competitors.clear();
		content.competitors()
			.forEach((c) -> this.competitors.add(new CompetitorRow(ws, c.name(), c.positioning(), c.strengths(),
					c.weaknesses(), c.shareOfVoicePercent(), c.recentMoves())));
		this.segments.clear();
		content.segments()
			.forEach((s) -> this.segments.add(new SegmentRow(ws, s.name(), s.description(), s.size(),
					s.priority().name(), s.channels().isEmpty() ? null : String.join("\n", s.channels()))));
		this.objectives.clear();
		content.objectives().forEach((o) -> this.objectives.add(new ObjectiveRow(ws, o)));
		this.milestones.clear();
		content.milestones()
			.forEach((m) -> this.milestones
				.add(new MilestoneRow(ws, m.id(), m.name(), m.dueDate(), m.ownerId(), m.status().name())));
	}

	/** What the plan says, as values. */
	public PlanContent content() {
		return new PlanContent(this.clientId, this.designationId, this.title, research(), competitors(), segments(),
				objectives(), milestones());
	}

	public List<ResearchNote> research() {
		return this.research.stream().map((r) -> new ResearchNote(r.note(), r.source())).toList();
	}

	public List<CompetitorAnalysis> competitors() {
		return this.competitors.stream()
			.map((c) -> new CompetitorAnalysis(c.name(), c.positioning(), c.strengths(), c.weaknesses(),
					c.shareOfVoicePercent(), c.recentMoves()))
			.toList();
	}

	public List<AudienceSegment> segments() {
		return this.segments.stream()
			.map((s) -> new AudienceSegment(s.name(), s.description(), s.size(), SegmentPriority.valueOf(s.priority()),
					(s.channels() != null) ? Arrays.asList(s.channels().split("\n")) : List.of()))
			.toList();
	}

	public List<String> objectives() {
		return this.objectives.stream().map(ObjectiveRow::text).toList();
	}

	/** The roadmap in the plan's order. */
	public List<Milestone> milestones() {
		return this.milestones.stream()
			.map((m) -> new Milestone(m.milestoneId(), m.name(), m.dueDate(), m.ownerId(),
					MilestoneStatus.valueOf(m.status())))
			.toList();
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("clientId", this.clientId);
		state.put("designationId", this.designationId);
		state.put("title", this.title);
		state.put("status", this.status);
		state.put("planVersion", this.planVersion);
		state.put("research", this.research.stream().map(ResearchRow::note).collect(Collectors.joining(" | ")));
		state.put("competitors",
				this.competitors.stream()
					.map((c) -> c.name() + ((c.shareOfVoicePercent() != null)
							? " (" + c.shareOfVoicePercent().stripTrailingZeros().toPlainString() + "%)" : ""))
					.collect(Collectors.joining(", ")));
		state.put("segments",
				this.segments.stream()
					.map((s) -> s.name() + " (" + s.priority() + ")")
					.collect(Collectors.joining(", ")));
		state.put("objectives", String.join(" | ", objectives()));
		state.put("milestones",
				this.milestones.stream()
					.map((m) -> m.name() + " " + m.dueDate() + " " + m.status())
					.collect(Collectors.joining(", ")));
		state.put("archived", this.archived);
		return state;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public UUID getDesignationId() {
		return this.designationId;
	}

	public String getTitle() {
		return this.title;
	}

	public StrategicPlanStatus getStatus() {
		return this.status;
	}

	public int getPlanVersion() {
		return this.planVersion;
	}

	public UUID getPreviousPlanId() {
		return this.previousPlanId;
	}

	public UUID getLineageId() {
		return this.lineageId;
	}

	public Instant getSharedAt() {
		return this.sharedAt;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public UUID getApprovedBy() {
		return this.approvedBy;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
