package dev.aorhub.planning.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.application.StrategicPlanRequest.CompetitorInput;
import dev.aorhub.planning.application.StrategicPlanRequest.MilestoneInput;
import dev.aorhub.planning.application.StrategicPlanRequest.ObjectiveInput;
import dev.aorhub.planning.application.StrategicPlanRequest.ResearchInput;
import dev.aorhub.planning.application.StrategicPlanRequest.SegmentInput;
import dev.aorhub.planning.domain.MilestoneStatus;
import dev.aorhub.planning.domain.PlanContent;
import dev.aorhub.planning.domain.PlanContent.AudienceSegment;
import dev.aorhub.planning.domain.PlanContent.CompetitorAnalysis;
import dev.aorhub.planning.domain.PlanContent.Milestone;
import dev.aorhub.planning.domain.PlanContent.ResearchNote;
import dev.aorhub.planning.domain.PlanSnapshot;
import dev.aorhub.planning.domain.SegmentPriority;
import dev.aorhub.planning.domain.ShareOfVoicePolicy;
import dev.aorhub.planning.domain.StrategicPlan;
import dev.aorhub.planning.domain.StrategicPlanRepository;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.Ids;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanApprove;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, shares, approves, versions and archives strategic plans: checks the
 * request, completes it from its designation, and lets the plan register what changed for
 * the audit log. Answers are {@link PlanSnapshot}s read inside the transaction.
 */
@Service
public class StrategicPlanService {

	private final StrategicPlanRepository plans;

	private final Clients clients;

	private final Designations designations;

	private final WorkspaceUsers users;

	private final Validator validator;

	private final WorkspaceClock clock;

	StrategicPlanService(StrategicPlanRepository plans, Clients clients, Designations designations,
			WorkspaceUsers users, Validator validator, WorkspaceClock clock) {
		this.plans = plans;
		this.clients = clients;
		this.designations = designations;
		this.users = users;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PlanSnapshot get(CurrentUser viewer, UUID id) {
		return PlanSnapshot.of(load(viewer, id));
	}

	/**
	 * Creates version 1 of a plan; {@code unreadable} are the values the caller's binding
	 * could not read, reported with every other problem of the request. A designation has
	 * one plan (its versions): a second is a 409 naming the first.
	 */
	@CanEdit
	@Transactional
	public PlanSnapshot create(CurrentUser actor, StrategicPlanRequest request, List<FieldProblem> unreadable) {
		PlanContent content = validate(actor, request, unreadable, null);
		if (content.designationId() != null) {
			this.plans.latestOfDesignation(actor.workspaceId(), content.designationId()).ifPresent((existing) -> {
				throw new ConflictException("plan-exists", "The designation has a strategic plan already (" + existing
						+ "); start a new version of it instead", Map.of("planId", existing));
			});
		}
		StrategicPlanStatus status = (request.status() != null) ? request.status() : StrategicPlanStatus.DRAFT;
		var plan = new StrategicPlan(actor.workspaceId(), content, status, actor.userId(), this.clock.now());
		return PlanSnapshot.of(this.plans.saveAndFlush(plan));
	}

	/**
	 * Changes a plan with the version the caller saw. An approved plan is locked (409); a
	 * shared one goes back to draft. The status itself moves only through the verbs.
	 */
	@CanEdit
	@Transactional
	public PlanSnapshot update(CurrentUser actor, UUID id, StrategicPlanRequest request,
			List<FieldProblem> unreadable) {
		StrategicPlan plan = load(actor, id);
		StaleVersionException.check("The strategic plan", request.version(), plan.getVersion());
		plan.requireEditable();
		PlanContent content = validate(actor, request, unreadable, plan);
		if (content.designationId() != null && !content.designationId().equals(plan.getDesignationId())) {
			this.plans.latestOfDesignation(actor.workspaceId(), content.designationId()).ifPresent((existing) -> {
				throw new ConflictException("plan-exists", "The designation has a strategic plan already (" + existing
						+ "); a designation has one plan and its versions", Map.of("planId", existing));
			});
		}
		plan.revise(content);
		return PlanSnapshot.of(this.plans.saveAndFlush(plan));
	}

	/** Shares a draft with the client (409 from any other status). */
	@CanEdit
	@Transactional
	public PlanSnapshot share(CurrentUser actor, UUID id) {
		StrategicPlan plan = load(actor, id);
		plan.share(this.clock.now());
		return PlanSnapshot.of(this.plans.saveAndFlush(plan));
	}

	/**
	 * Records that the client approved the shared plan, which locks it; only the people
	 * who answer for the account may.
	 */
	@CanApprove
	@Transactional
	public PlanSnapshot approve(CurrentUser actor, UUID id) {
		StrategicPlan plan = load(actor, id);
		plan.approve(actor.userId(), this.clock.now());
		return PlanSnapshot.of(this.plans.saveAndFlush(plan));
	}

	/**
	 * Starts the next version of a shared or approved plan, a draft copying everything;
	 * only the latest version has a next one (409 otherwise).
	 */
	@CanEdit
	@Transactional
	public PlanSnapshot newVersion(CurrentUser actor, UUID id) {
		StrategicPlan plan = load(actor, id);
		if (this.plans.hasNextVersion(actor.workspaceId(), id)) {
			throw new ConflictException("plan-superseded", "Version " + plan.getPlanVersion() + " of " + plan.getTitle()
					+ " has a newer version already; start the next one from the latest");
		}
		StrategicPlan next = plan.nextVersion();
		return PlanSnapshot.of(this.plans.saveAndFlush(next));
	}

	/** Plans are history: deleting archives. */
	@CanEdit
	@Transactional
	public PlanSnapshot archive(CurrentUser actor, UUID id) {
		StrategicPlan plan = load(actor, id);
		plan.archive();
		return PlanSnapshot.of(this.plans.saveAndFlush(plan));
	}

	private StrategicPlan load(CurrentUser viewer, UUID id) {
		return this.plans.findByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Strategic plan", id));
	}

	/**
	 * Checks the request's constraints and the rules that need the workspace's data, and
	 * completes it; one answer names every field at fault. An id that is not of this
	 * workspace is a field problem: the caller may have picked the wrong record.
	 */
	private PlanContent validate(CurrentUser actor, StrategicPlanRequest input, List<FieldProblem> unreadable,
			StrategicPlan existing) {
		UUID workspaceId = actor.workspaceId();
		InvalidInputException.Collector problems = ConstraintViolations.collect(this.validator, input, unreadable);
		UUID clientId = input.clientId();
		DesignationSummary designation = null;
		if (input.designationId() != null) {
			boolean unchanged = existing != null && input.designationId().equals(existing.getDesignationId());
			designation = this.designations.find(workspaceId, input.designationId()).orElse(null);
			if (designation == null) {
				problems.add("designationId", "is not a designation of this workspace");
			}
			else if (!designation.isOurs()) {
				problems.add("designationId", "is " + designation.agencyName() + "'s designation, not ours");
				designation = null;
			}
			else if (designation.archived() && !unchanged) {
				problems.add("designationId", "is archived; pick a current designation");
				designation = null;
			}
			else if (clientId != null && !clientId.equals(designation.clientId())) {
				problems.add("clientId", "is not the designation's client");
			}
			if (designation != null) {
				clientId = designation.clientId();
			}
		}
		if (existing != null && !Objects.equals(input.designationId(), existing.getDesignationId())
				&& (existing.getPlanVersion() > 1 || this.plans.hasNextVersion(workspaceId, existing.getId()))) {
			problems.add("designationId", "stays the one of the plan's other versions");
		}
		if (clientId == null) {
			if (!problems.names("designationId")) {
				problems.add("clientId", "is required unless a designation is given");
			}
		}
		else if (designation == null) {
			ClientSummary client = this.clients.find(workspaceId, clientId).orElse(null);
			boolean unchanged = existing != null && clientId.equals(existing.getClientId());
			if (client == null) {
				problems.add("clientId", "is not a client of this workspace");
			}
			else if (client.archived() && !unchanged) {
				problems.add("clientId", "is archived");
			}
		}
		List<ResearchNote> research = research(input.research(), problems);
		List<CompetitorAnalysis> competitors = competitors(input.competitors(), problems);
		List<AudienceSegment> segments = segments(input.segments(), problems);
		List<String> objectives = objectives(input.objectives(), problems);
		List<Milestone> milestones = milestones(workspaceId, input.milestones(), problems);
		problems.throwIfAny();
		return new PlanContent(clientId, (designation != null) ? designation.id() : null, input.title(), research,
				competitors, segments, objectives, milestones);
	}

	private static List<ResearchNote> research(List<ResearchInput> inputs, InvalidInputException.Collector problems) {
		List<ResearchNote> notes = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			ResearchInput input = inputs.get(i);
			if (present(input, "research", i, problems) && !StrategicPlanRequest.blank(input.note())) {
				notes.add(new ResearchNote(input.note(), input.source()));
			}
		}
		return notes;
	}

	private static List<CompetitorAnalysis> competitors(List<CompetitorInput> inputs,
			InvalidInputException.Collector problems) {
		List<CompetitorAnalysis> competitors = new ArrayList<>();
		List<java.math.BigDecimal> shares = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			CompetitorInput input = inputs.get(i);
			shares.add((input != null) ? input.shareOfVoicePercent() : null);
			if (!present(input, "competitors", i, problems) || StrategicPlanRequest.blank(input.name())) {
				continue;
			}
			if (!names.add(input.name().strip().toLowerCase(java.util.Locale.ROOT))) {
				problems.add("competitors[" + i + "].name", "is listed twice");
			}
			competitors.add(new CompetitorAnalysis(input.name(), input.positioning(), input.strengths(),
					input.weaknesses(), input.shareOfVoicePercent(), input.recentMoves()));
		}
		ShareOfVoicePolicy.check(shares, problems);
		return competitors;
	}

	private static List<AudienceSegment> segments(List<SegmentInput> inputs, InvalidInputException.Collector problems) {
		List<AudienceSegment> segments = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			SegmentInput input = inputs.get(i);
			if (present(input, "segments", i, problems) && !StrategicPlanRequest.blank(input.name())) {
				segments.add(new AudienceSegment(input.name(), input.description(), input.size(),
						(input.priority() != null) ? input.priority() : SegmentPriority.MEDIUM,
						input.channels().stream().filter(Objects::nonNull).toList()));
			}
		}
		return segments;
	}

	private static List<String> objectives(List<ObjectiveInput> inputs, InvalidInputException.Collector problems) {
		List<String> objectives = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			ObjectiveInput input = inputs.get(i);
			if (present(input, "objectives", i, problems) && !StrategicPlanRequest.blank(input.text())) {
				objectives.add(input.text());
			}
		}
		return objectives;
	}

	private List<Milestone> milestones(UUID workspaceId, List<MilestoneInput> inputs,
			InvalidInputException.Collector problems) {
		Set<UUID> owners = new HashSet<>();
		inputs.stream()
			.filter(Objects::nonNull)
			.map(MilestoneInput::ownerId)
			.filter(Objects::nonNull)
			.forEach(owners::add);
		Set<UUID> known = owners.isEmpty() ? Set.of() : this.users.find(workspaceId, owners).keySet();
		List<Milestone> milestones = new ArrayList<>();
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			MilestoneInput input = inputs.get(i);
			if (!present(input, "milestones", i, problems)) {
				continue;
			}
			if (input.ownerId() != null && !known.contains(input.ownerId())) {
				problems.add("milestones[" + i + "].ownerId", "is not a user of this workspace");
			}
			UUID id = (input.id() != null) ? input.id() : Ids.newId();
			if (!ids.add(id)) {
				problems.add("milestones[" + i + "].id", "is the id of another milestone of the plan");
			}
			if (!StrategicPlanRequest.blank(input.name()) && input.dueDate() != null) {
				milestones.add(new Milestone(id, input.name(), input.dueDate(), input.ownerId(),
						(input.status() != null) ? input.status() : MilestoneStatus.PLANNED));
			}
		}
		return milestones;
	}

	/** A list entry that is JSON {@code null} is a problem of its own. */
	private static boolean present(Object input, String list, int index, InvalidInputException.Collector problems) {
		if (input == null) {
			problems.add(list + "[" + index + "]", "must not be null");
			return false;
		}
		return true;
	}

}
