package dev.aorhub.delivery.application;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.delivery.domain.Campaign;
import dev.aorhub.delivery.domain.CampaignRepository;
import dev.aorhub.delivery.domain.Task;
import dev.aorhub.delivery.domain.TaskDetails;
import dev.aorhub.delivery.domain.TaskRepository;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, moves and archives the tasks of campaigns' boards.
 */
@Service
public class TaskService {

	/**
	 * The discipline of a task that names none. The account team owns every piece of work
	 * until it is handed to a specialist, so an unclassified task is theirs; a request
	 * that knows better says so. (The API's contract lists the field without requiring
	 * it, and an API never makes required what its contract leaves optional.)
	 */
	public static final Discipline DEFAULT_DISCIPLINE = Discipline.ACCOUNT;

	private final TaskRepository tasks;

	private final CampaignRepository campaigns;

	private final WorkspaceUsers users;

	private final Validator validator;

	TaskService(TaskRepository tasks, CampaignRepository campaigns, WorkspaceUsers users, Validator validator) {
		this.tasks = tasks;
		this.campaigns = campaigns;
		this.users = users;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public Task get(CurrentUser viewer, UUID id) {
		return this.tasks.findByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(Task.ENTITY_TYPE, id));
	}

	/** Creates a task, at the end of its column unless the request places it. */
	@CanEdit
	@Transactional
	public Task create(CurrentUser actor, TaskRequest request, List<FieldProblem> unreadable) {
		TaskDetails details = validate(actor, request, unreadable, null);
		TaskStatus status = (request.status() != null) ? request.status() : TaskStatus.TODO;
		int position = (request.position() != null) ? request.position()
				: this.tasks.nextPosition(actor.workspaceId(), details.campaignId(), status);
		return this.tasks.saveAndFlush(new Task(actor.workspaceId(), details, status, position));
	}

	/** Changes a task with the version the caller saw. */
	@CanEdit
	@Transactional
	public Task update(CurrentUser actor, UUID id, TaskRequest request, List<FieldProblem> unreadable) {
		Task task = get(actor, id);
		StaleVersionException.check("The task", request.version(), task.getVersion());
		TaskDetails details = validate(actor, request, unreadable, task);
		TaskStatus status = (request.status() != null) ? request.status() : task.getStatus();
		boolean sameColumn = status == task.getStatus() && details.campaignId().equals(task.getCampaignId());
		int position = (request.position() != null) ? request.position() : sameColumn ? task.getPosition()
				: this.tasks.nextPosition(actor.workspaceId(), details.campaignId(), status);
		task.revise(details, status, position);
		return this.tasks.saveAndFlush(task);
	}

	/**
	 * Moves a card to a column of its board, at {@code position} or, without one, at the
	 * end of the column (where it already is, it stays).
	 */
	@CanEdit
	@Transactional
	public Task move(CurrentUser actor, UUID id, TaskStatus target, Integer position) {
		Task task = get(actor, id);
		var problems = new InvalidInputException.Collector();
		problems.check(target != null, "status", "is required");
		problems.check(position == null || position >= 0, "position", "must be 0 or more");
		problems.throwIfAny();
		int place = (position != null) ? position : (target == task.getStatus()) ? task.getPosition()
				: this.tasks.nextPosition(actor.workspaceId(), task.getCampaignId(), target);
		task.moveTo(target, place);
		return this.tasks.saveAndFlush(task);
	}

	/** Tasks keep their logged time: deleting archives. */
	@CanEdit
	@Transactional
	public Task archive(CurrentUser actor, UUID id) {
		Task task = get(actor, id);
		task.archive();
		return this.tasks.saveAndFlush(task);
	}

	private TaskDetails validate(CurrentUser actor, TaskRequest input, List<FieldProblem> unreadable, Task existing) {
		UUID workspaceId = actor.workspaceId();
		InvalidInputException.Collector problems = ConstraintViolations.collect(this.validator, input, unreadable);
		if (input.campaignId() != null) {
			Campaign campaign = this.campaigns.findByWorkspaceIdAndId(workspaceId, input.campaignId()).orElse(null);
			boolean unchanged = existing != null && input.campaignId().equals(existing.getCampaignId());
			if (campaign == null) {
				problems.add("campaignId", "is not a campaign of this workspace");
			}
			else if (campaign.isArchived() && !unchanged) {
				problems.add("campaignId", "is archived; pick a current campaign");
			}
		}
		UUID previousAssignee = (existing != null) ? existing.getAssigneeId() : null;
		if (input.assigneeId() != null && !Objects.equals(input.assigneeId(), previousAssignee)) {
			boolean staff = this.users.staff(workspaceId).stream().anyMatch((u) -> u.id().equals(input.assigneeId()));
			problems.check(staff, "assigneeId", "is not an active member of this workspace's staff");
		}
		problems.throwIfAny();
		Discipline discipline = (input.discipline() != null) ? input.discipline()
				: (existing != null) ? existing.getDiscipline() : DEFAULT_DISCIPLINE;
		return new TaskDetails(input.campaignId(), input.title(), input.description(), discipline, input.assigneeId(),
				input.estimateHours(), input.dueDate());
	}

}
