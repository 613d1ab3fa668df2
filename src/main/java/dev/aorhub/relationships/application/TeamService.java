package dev.aorhub.relationships.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import dev.aorhub.relationships.domain.AllocationCalculator;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.domain.TeamAssignment;
import dev.aorhub.relationships.domain.TeamAssignmentRepository;
import dev.aorhub.relationships.domain.Term;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import dev.aorhub.workspace.WorkspaceUsers.UserSummary;

import org.springframework.security.access.prepost.PreAuthorize;
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

	static final int MAX_ROLE = 80;

	private final TeamAssignmentRepository assignments;

	private final DesignationService designations;

	private final WorkspaceUsers users;

	private final Clock clock;

	private final AllocationCalculator calculator = new AllocationCalculator();

	TeamService(TeamAssignmentRepository assignments, DesignationService designations, WorkspaceUsers users,
			Clock clock) {
		this.assignments = assignments;
		this.designations = designations;
		this.users = users;
		this.clock = clock;
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

	@PreAuthorize(Editors.ROLES)
	@Transactional
	public TeamResult add(CurrentUser actor, UUID designationId, TeamInput input) {
		Designation designation = this.designations.get(actor, designationId);
		Valid valid = validate(actor, input, designation);
		TeamAssignment assignment = this.assignments.saveAndFlush(
				new TeamAssignment(actor.workspaceId(), designationId, valid.commitment(), valid.user().name()));
		return new TeamResult(assignment, warnings(actor.workspaceId(), valid.user()));
	}

	@PreAuthorize(Editors.ROLES)
	@Transactional
	public TeamResult update(CurrentUser actor, UUID designationId, UUID id, TeamInput input, Long version) {
		Designation designation = this.designations.get(actor, designationId);
		TeamAssignment assignment = get(actor, designationId, id);
		StaleVersionException.check("The team assignment", version, assignment.getVersion());
		Valid valid = validate(actor, input, designation);
		assignment.change(valid.commitment(), valid.user().name());
		TeamAssignment saved = this.assignments.saveAndFlush(assignment);
		return new TeamResult(saved, warnings(actor.workspaceId(), valid.user()));
	}

	/**
	 * Takes someone off the team; the assignment's history stays in the audit log. (An
	 * assignment that simply ran its course keeps its end date instead.)
	 */
	@PreAuthorize(Editors.ROLES)
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
		LocalDate today = LocalDate.now(this.clock);
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

	private Valid validate(CurrentUser actor, TeamInput input, Designation designation) {
		var problems = new InvalidInputException.Collector();
		UserSummary user = null;
		if (input.userId() == null) {
			problems.add("userId", "is required");
		}
		else {
			user = this.users.find(actor.workspaceId(), List.of(input.userId())).get(input.userId());
			problems.check(user != null && user.active(), "userId", "is not an active user of this workspace");
		}
		if (input.role() == null || input.role().isBlank()) {
			problems.add("role", "is required");
		}
		else {
			problems.check(input.role().strip().length() <= MAX_ROLE, "role",
					"must be at most " + MAX_ROLE + " characters");
		}
		Integer percent = null;
		if (input.allocationPercent() == null || input.allocationPercent().isBlank()) {
			problems.add("allocationPercent", "is required");
		}
		else {
			try {
				percent = Integer.parseInt(input.allocationPercent().strip());
				problems.check(percent >= 1 && percent <= 100, "allocationPercent", "must be between 1 and 100");
			}
			catch (NumberFormatException ex) {
				problems.add("allocationPercent", "must be a whole number between 1 and 100");
			}
		}
		LocalDate start = (input.startDate() == null || input.startDate().isBlank()) ? designation.getStartDate()
				: date(input.startDate(), "startDate", problems);
		// Without dates, the commitment runs with the designation's term.
		LocalDate end = (input.endDate() == null || input.endDate().isBlank()) ? designation.getEndDate()
				: date(input.endDate(), "endDate", problems);
		if (start != null && end != null && !end.isAfter(start)) {
			problems.add("endDate", "must be after startDate");
		}
		problems.throwIfAny();
		return new Valid(new TeamAssignment.Commitment(input.userId(), input.role(), percent,
				Boolean.TRUE.equals(input.dedicated()), new Term(start, end)), user);
	}

	private static LocalDate date(String text, String field, InvalidInputException.Collector problems) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "must be a date such as 2026-01-31");
			return null;
		}
	}

}
