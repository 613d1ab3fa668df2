package dev.aorhub.relationships.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.relationships.domain.AllocationCalculator;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.domain.TeamAssignment;
import dev.aorhub.relationships.domain.TeamAssignmentRepository;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers.UserSummary;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff committed to a designation. Adding or changing a commitment that takes a
 * person above 100% goes through, with an {@code over-allocated} warning: the account
 * lead decides, but must know.
 */
@Service
public class TeamService {

	static final String ENTITY = TeamAssignment.ENTITY_TYPE;

	private final TeamAssignmentRepository assignments;

	private final DesignationService designations;

	private final WorkspaceUsers users;

	private final WorkspaceClock clock;

	private final Validator validator;

	private final AllocationCalculator calculator = new AllocationCalculator();

	TeamService(TeamAssignmentRepository assignments, DesignationService designations, WorkspaceUsers users,
			WorkspaceClock clock, Validator validator) {
		this.assignments = assignments;
		this.designations = designations;
		this.users = users;
		this.clock = clock;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public List<TeamAssignment> team(CurrentUser viewer, UUID designationId) {
		this.designations.get(viewer, designationId);
		return this.assignments.findByDesignation(viewer.workspaceId(), designationId);
	}

	@Transactional(readOnly = true)
	public TeamAssignment get(CurrentUser viewer, UUID designationId, UUID id) {
		return this.assignments.findByWorkspaceIdAndDesignationIdAndId(viewer.workspaceId(), designationId, id)
			.orElseThrow(() -> new NotFoundException("Team assignment", id));
	}

	@CanEdit
	@Transactional
	public TeamResult add(CurrentUser actor, UUID designationId, TeamRequest request, List<FieldProblem> unreadable) {
		Designation designation = this.designations.get(actor, designationId);
		if (!designation.getStatus().isLive()) {
			throw new ConflictException("designation-closed", "The designation is "
					+ designation.getStatus().label().toLowerCase(Locale.ROOT) + ": nobody can join its team any more");
		}
		Valid valid = validate(actor, request, unreadable, designation);
		TeamAssignment assignment = this.assignments.saveAndFlush(
				new TeamAssignment(actor.workspaceId(), designationId, valid.commitment(), valid.user().name()));
		return new TeamResult(assignment, warnings(actor.workspaceId(), valid.user()));
	}

	@CanEdit
	@Transactional
	public TeamResult update(CurrentUser actor, UUID designationId, UUID id, TeamRequest request,
			List<FieldProblem> unreadable) {
		Designation designation = this.designations.get(actor, designationId);
		TeamAssignment assignment = get(actor, designationId, id);
		StaleVersionException.check("The team assignment", request.version(), assignment.getVersion());
		Valid valid = validate(actor, request, unreadable, designation);
		assignment.change(valid.commitment(), valid.user().name());
		TeamAssignment saved = this.assignments.saveAndFlush(assignment);
		return new TeamResult(saved, warnings(actor.workspaceId(), valid.user()));
	}

	/**
	 * Takes someone off the team; the assignment's history stays in the audit log. (An
	 * assignment that simply ran its course keeps its end date instead.)
	 */
	@CanEdit
	@Transactional
	public void remove(CurrentUser actor, UUID designationId, UUID id) {
		TeamAssignment assignment = get(actor, designationId, id);
		String name = this.users.find(actor.workspaceId(), List.of(assignment.getUserId()))
			.values()
			.stream()
			.map(UserSummary::name)
			.findFirst()
			.orElse("a user");
		assignment.remove(name);
		this.assignments.delete(assignment);
	}

	/** The person's peak allocation from today across the designations that run. */
	public int peakAllocation(UUID workspaceId, UUID userId) {
		LocalDate today = this.clock.today(workspaceId);
		return this.calculator.peakFrom(today,
				this.assignments.findLiveOfUser(workspaceId, userId).stream().map(TeamAssignment::allocation).toList());
	}

	private List<Warning> warnings(UUID workspaceId, UserSummary user) {
		int peak = peakAllocation(workspaceId, user.id());
		if (this.calculator.isOverAllocated(peak)) {
			return List.of(new Warning(Warning.OVER_ALLOCATED, user.name() + " is committed " + peak
					+ "% at peak across their teams, more than one person can give"));
		}
		return List.of();
	}

	private record Valid(TeamAssignment.Commitment commitment, UserSummary user) {
	}

	/**
	 * Checks the request's constraints and the rules that need the workspace's data,
	 * reporting them in one answer with the values the caller's binding could not read.
	 */
	private Valid validate(CurrentUser actor, TeamRequest input, List<FieldProblem> unreadable,
			Designation designation) {
		var problems = ConstraintViolations.collect(this.validator, input, unreadable);
		UserSummary user = null;
		if (input.userId() != null) {
			user = this.users.find(actor.workspaceId(), List.of(input.userId())).get(input.userId());
			problems.check(user != null && user.active(), "userId", "is not an active user of this workspace");
		}
		// Without dates, the commitment runs with the designation's term (a date that
		// could
		// not be read is no date left out).
		LocalDate start = (input.startDate() != null) ? input.startDate()
				: unreadable(unreadable, "startDate") ? null : designation.getStartDate();
		LocalDate end = (input.endDate() != null) ? input.endDate()
				: unreadable(unreadable, "endDate") ? null : designation.getEndDate();
		if (start != null && end != null && !end.isAfter(start)) {
			problems.add("endDate", "must be after the start date");
		}
		problems.throwIfAny();
		return new Valid(new TeamAssignment.Commitment(input.userId(), input.role(), input.allocationPercent(),
				Boolean.TRUE.equals(input.dedicated()), new DateRange(start, end)), user);
	}

	private static boolean unreadable(List<FieldProblem> unreadable, String field) {
		return unreadable.stream().anyMatch((problem) -> problem.field().equals(field));
	}

}
