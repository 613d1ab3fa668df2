package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.delivery.application.TaskRequest;
import dev.aorhub.delivery.application.TaskService;
import dev.aorhub.delivery.domain.Campaign;
import dev.aorhub.delivery.domain.Task;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static dev.aorhub.shared.web.FormBinding.read;
import static dev.aorhub.shared.web.FormBinding.typed;
import static dev.aorhub.shared.web.FormBinding.unreadable;

/**
 * A campaign's board (four columns of cards, moved with htmx or plain forms, from the
 * keyboard as well as the mouse), the task list across campaigns, and a person's own open
 * work.
 */
@Controller
class BoardPagesController {

	/** My work lists at most this many open tasks; the page says when there are more. */
	static final int MY_WORK_LIMIT = 300;

	/** A board column: its status and cards in order. */
	record Column(TaskStatus status, List<TaskQueries.Row> cards) {

		public String css() {
			return DeliveryText.columnCss(this.status);
		}

	}

	/** One campaign's open tasks on my work. */
	record CampaignWork(UUID campaignId, String campaignName, List<TaskQueries.Row> tasks) {
	}

	/** One client's campaigns on my work. */
	record ClientWork(UUID clientId, String clientName, List<CampaignWork> campaigns) {
	}

	private final TaskService tasks;

	private final TaskQueries queries;

	private final CampaignQueries campaignQueries;

	private final WorkspaceUsers users;

	private final WorkspaceClock clock;

	BoardPagesController(TaskService tasks, TaskQueries queries, CampaignQueries campaignQueries, WorkspaceUsers users,
			WorkspaceClock clock) {
		this.tasks = tasks;
		this.queries = queries;
		this.campaignQueries = campaignQueries;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/campaigns/{id}/board")
	String board(CurrentUser user, @PathVariable UUID id, Model model) {
		return board(user, id, blankTask(id), Map.of(), Map.of(), null, model);
	}

	/** A new card goes to the end of its column. */
	@CanEdit
	@PostMapping("/campaigns/{id}/board/tasks")
	String addTask(CurrentUser user, @PathVariable UUID id, @ModelAttribute("taskForm") TaskRequest request,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		TaskRequest form = withCampaign(readable(request, binding), id);
		campaign(user, id);
		try {
			Task task = this.tasks.create(user, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Added the task " + task.getTitle() + ".");
			return "redirect:/campaigns/" + id + "/board";
		}
		catch (InvalidInputException ex) {
			return board(user, id, form, FormErrors.of(ex), typed(binding), null, model);
		}
	}

	/**
	 * Moves a card to another column. htmx gets the board back to swap in, with the moved
	 * card named so the page can put the focus back on it; a plain form is redirected.
	 */
	@CanEdit
	@PostMapping("/campaigns/{id}/board/tasks/{taskId}/move")
	String move(CurrentUser user, @PathVariable UUID id, @PathVariable UUID taskId, @RequestParam TaskStatus to,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		Task task = this.tasks.get(user, taskId);
		if (!task.getCampaignId().equals(id)) {
			throw new NotFoundException(Task.ENTITY_TYPE, taskId);
		}
		this.tasks.move(user, taskId, to, null);
		String message = "Moved " + task.getTitle() + " to " + to.label().toLowerCase() + ".";
		if (htmx != null) {
			board(user, id, blankTask(id), Map.of(), Map.of(), taskId, model);
			model.addAttribute("announcement", message);
			return "delivery/board :: board";
		}
		redirect.addFlashAttribute("flash", message);
		return "redirect:/campaigns/" + id + "/board#task-" + taskId;
	}

	private String board(CurrentUser user, UUID id, TaskRequest taskForm, Map<String, String> errors,
			Map<String, Object> typed, UUID movedTaskId, Model model) {
		CampaignQueries.Row campaign = campaign(user, id);
		Map<TaskStatus, List<TaskQueries.Row>> byStatus = new LinkedHashMap<>();
		for (TaskStatus status : TaskStatus.values()) {
			byStatus.put(status, new ArrayList<>());
		}
		this.queries.board(user.workspaceId(), id).forEach((card) -> byStatus.get(card.status()).add(card));
		List<Column> columns = new ArrayList<>();
		byStatus.forEach((status, cards) -> columns.add(new Column(status, cards)));
		model.addAttribute("campaign", campaign);
		model.addAttribute("columns", columns);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("today", this.clock.today(user.workspaceId()));
		model.addAttribute("movedTaskId", movedTaskId);
		model.addAttribute("taskForm", taskForm);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("people", this.users.staff(user.workspaceId()));
		model.addAttribute("disciplines", Discipline.values());
		return "delivery/board";
	}

	@GetMapping("/tasks")
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) UUID assigneeId,
			@RequestParam(required = false) TaskStatus status, Model model) {
		PageQuery query = PageQuery.of(page, 50, q, sort, TaskQueries.SORTING);
		var filter = new TaskQueries.Filter(campaignId, null, assigneeId, status, false);
		model.addAttribute("query", query);
		model.addAttribute("campaignId", campaignId);
		model.addAttribute("assigneeId", assigneeId);
		model.addAttribute("status", status);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("campaign",
				(campaignId != null) ? this.campaignQueries.find(user.workspaceId(), campaignId).orElse(null) : null);
		model.addAttribute("campaigns",
				this.campaignQueries
					.page(user.workspaceId(), new CampaignQueries.Filter(null, null, null, null, null, false),
							PageQuery.of(0, 500, null, "name,asc", CampaignQueries.SORTING))
					.items());
		model.addAttribute("people", this.users.staff(user.workspaceId()));
		model.addAttribute("today", this.clock.today(user.workspaceId()));
		model.addAttribute("tasks", this.queries.page(user.workspaceId(), filter, query));
		return "delivery/tasks";
	}

	@GetMapping("/tasks/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) UUID assigneeId,
			@RequestParam(required = false) TaskStatus status) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		var filter = new TaskQueries.Filter(campaignId, null, assigneeId, status, false);
		return DeliveryExports
			.tasks(this.queries.page(user.workspaceId(), filter, PageQuery.forExport(q, sort, TaskQueries.SORTING))
				.items())
			.toResponse(exportFormat, "tasks");
	}

	/**
	 * The signed-in person's open tasks across every client, grouped by client then
	 * campaign, overdue first; and their hours this week (Monday to Sunday where the
	 * agency is) per client.
	 */
	@GetMapping("/my-work")
	String myWork(CurrentUser user, Model model) {
		LocalDate today = this.clock.today(user.workspaceId());
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		List<TaskQueries.Row> open = this.queries.openWorkOf(user.workspaceId(), user.userId(), today, MY_WORK_LIMIT);
		List<ClientWork> clients = new ArrayList<>();
		for (TaskQueries.Row task : open) {
			ClientWork client = clients.isEmpty() ? null : clients.get(clients.size() - 1);
			if (client == null || !client.clientId().equals(task.clientId())) {
				client = new ClientWork(task.clientId(), task.clientName(), new ArrayList<>());
				clients.add(client);
			}
			List<CampaignWork> campaigns = client.campaigns();
			CampaignWork campaign = campaigns.isEmpty() ? null : campaigns.get(campaigns.size() - 1);
			if (campaign == null || !campaign.campaignId().equals(task.campaignId())) {
				campaign = new CampaignWork(task.campaignId(), task.campaignName(), new ArrayList<>());
				campaigns.add(campaign);
			}
			campaign.tasks().add(task);
		}
		var hours = this.queries.hoursByClient(user.workspaceId(), user.userId(), monday, sunday);
		long weekMinutes = hours.stream().mapToLong(TaskQueries.ClientHours::minutes).sum();
		long total = (open.size() < MY_WORK_LIMIT) ? open.size()
				: this.queries.countOpenWorkOf(user.workspaceId(), user.userId());
		model.addAttribute("clients", clients);
		model.addAttribute("openCount", total);
		model.addAttribute("shown", open.size());
		model.addAttribute("overdueCount", open.stream().filter((t) -> t.isOverdue(today)).count());
		model.addAttribute("hours", hours);
		model.addAttribute("weekHours", DeliveryText.hours(weekMinutes));
		model.addAttribute("monday", monday);
		model.addAttribute("sunday", sunday);
		model.addAttribute("today", today);
		return "delivery/my-work";
	}

	private CampaignQueries.Row campaign(CurrentUser user, UUID id) {
		return this.campaignQueries.find(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(Campaign.ENTITY_TYPE, id));
	}

	private static TaskRequest blankTask(UUID campaignId) {
		return new TaskRequest(campaignId, "", "", null, null, null, null, TaskStatus.TODO, null, null);
	}

	private static TaskRequest withCampaign(TaskRequest form, UUID campaignId) {
		return new TaskRequest(campaignId, form.title(), form.description(), form.discipline(), form.assigneeId(),
				form.estimateHours(), form.dueDate(), form.status(), null, null);
	}

	/** The values of the task form that were read, when one could not be. */
	private static TaskRequest readable(TaskRequest form, BindingResult result) {
		if (form != null) {
			return form;
		}
		return new TaskRequest(null, read(result, "title", String.class), read(result, "description", String.class),
				read(result, "discipline", Discipline.class), read(result, "assigneeId", UUID.class),
				read(result, "estimateHours", BigDecimal.class), read(result, "dueDate", LocalDate.class),
				read(result, "status", TaskStatus.class), null, null);
	}

}
