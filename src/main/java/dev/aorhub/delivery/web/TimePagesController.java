package dev.aorhub.delivery.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.application.CanApproveTime;
import dev.aorhub.delivery.application.TimeEntryService;
import dev.aorhub.delivery.application.TimeEntryTransitions;
import dev.aorhub.delivery.application.TimeRuleRequest;
import dev.aorhub.delivery.application.TimeRuleService;
import dev.aorhub.delivery.application.TimerRequest;
import dev.aorhub.delivery.application.TimerService;
import dev.aorhub.delivery.application.TimesheetRequest;
import dev.aorhub.delivery.application.TimesheetService;
import dev.aorhub.delivery.application.WorkTargets;
import dev.aorhub.delivery.domain.HoursText;
import dev.aorhub.delivery.domain.TimeRounding;
import dev.aorhub.delivery.domain.Week;
import dev.aorhub.delivery.web.TimesheetView.Label;
import dev.aorhub.delivery.web.TimesheetView.RowKey;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.ClientDirectory;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Time tracking's pages: the weekly timesheet with its timer, the list of entries with
 * its filters and exports, the approvals queue, and a SOW's rounding rule.
 */
@Controller
class TimePagesController {

	/** The approvals page shows at most this many entries per queue. */
	static final int APPROVAL_ROWS = 500;

	/** The pickers offer at most this many campaigns and tasks. */
	static final int PICKER_CHOICES = 300;

	private final TimeEntryQueries queries;

	private final TimesheetService timesheets;

	private final TimeEntryTransitions transitions;

	private final TimerService timers;

	private final TimeRuleService rules;

	private final StatementsOfWork sows;

	private final WorkTargets targets;

	private final WorkspaceUsers users;

	private final ClientDirectory clients;

	private final WorkspaceClock clock;

	TimePagesController(TimeEntryQueries queries, TimesheetService timesheets, TimeEntryTransitions transitions,
			TimerService timers, TimeRuleService rules, StatementsOfWork sows, WorkTargets targets,
			WorkspaceUsers users, ClientDirectory clients, WorkspaceClock clock) {
		this.queries = queries;
		this.timesheets = timesheets;
		this.transitions = transitions;
		this.timers = timers;
		this.rules = rules;
		this.sows = sows;
		this.targets = targets;
		this.users = users;
		this.clients = clients;
		this.clock = clock;
	}

	/** Whether the time pages show the approvals tab. */
	@org.springframework.web.bind.annotation.ModelAttribute("canApproveTime")
	boolean canApproveTime(CurrentUser user) {
		return user != null && TimeEntryService.canApprove(user);
	}

	static String statusCss(TimeEntryStatus status) {
		return switch (status) {
			case DRAFT -> "status-muted";
			case SUBMITTED -> "status-info";
			case APPROVED -> "status-ok";
			case INVOICED -> "status-warn";
		};
	}

	// The weekly timesheet

	/**
	 * {@code copy} adds last week's rows (what was worked on, not the hours: each week's
	 * hours are typed afresh); {@code row} keeps rows without time on the page.
	 */
	@GetMapping("/time")
	String timesheet(CurrentUser user, @RequestParam(required = false) String week,
			@RequestParam(defaultValue = "false") boolean copy, @RequestParam(required = false) List<String> row,
			Model model) {
		Week shown = (week != null)
				? Week.parse(week)
					.orElseThrow(() -> new InvalidInputException("week", "must be a week such as 2026-W48 or a date"))
				: Week.of(this.clock.today(user.workspaceId()));
		List<RowKey> extra = keys(row);
		if (copy) {
			this.queries.week(user.workspaceId(), user.userId(), shown.previous().monday())
				.stream()
				.map((e) -> new RowKey(e.sowId(), e.campaignId(), e.taskId(), e.billable()))
				.distinct()
				.forEach(extra::add);
		}
		return timesheet(user, shown, extra, Map.of(), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/time")
	String saveTimesheet(CurrentUser user, @RequestParam String week,
			@RequestParam(defaultValue = "save") String action, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		Week shown = TimesheetApiController.week(week);
		List<String> rowKeys = form.getOrDefault("row", List.of());
		List<TimesheetRequest.Row> rows = new ArrayList<>();
		Map<RowKey, List<String>> typed = new HashMap<>();
		List<RowKey> keys = new ArrayList<>();
		for (int i = 0; i < rowKeys.size(); i++) {
			RowKey key = RowKey.parse(rowKeys.get(i));
			if (key == null || typed.containsKey(key)) {
				continue;
			}
			List<String> hours = new ArrayList<>();
			for (int d = 0; d < 7; d++) {
				String value = form.getFirst("h-" + i + "-" + d);
				hours.add((value != null) ? value : "");
			}
			keys.add(key);
			typed.put(key, hours);
			rows.add(new TimesheetRequest.Row(key.sowId(), key.campaignId(), key.taskId(), key.billable(), hours));
		}
		RowKey added = "add".equals(action) ? RowKey.parse(form.getFirst("add")) : null;
		if (added != null) {
			added = new RowKey(added.sowId(), added.campaignId(), added.taskId(),
					form.containsKey("addBillable") && !"false".equals(form.getFirst("addBillable")));
		}
		try {
			var saved = this.timesheets.save(user, user.userId(), shown, new TimesheetRequest(rows), List.of());
			boolean nothing = saved.logged() + saved.changed() + saved.deleted() == 0;
			String message = ("add".equals(action) && nothing) ? "Added a row: type its hours and press Enter to save."
					: "Saved the week: " + saved.logged() + " logged, " + saved.changed() + " changed, "
							+ saved.deleted() + " cleared.";
			if ("submit".equals(action)) {
				int submitted = this.timesheets.submitWeek(user, user.userId(), shown);
				message = "Submitted the week: " + submitted + " entries are waiting for approval.";
			}
			redirect.addFlashAttribute("flash", message);
			UriComponentsBuilder target = UriComponentsBuilder.fromPath("/time").queryParam("week", shown.isoName());
			List<RowKey> keep = new ArrayList<>(keys);
			if (added != null) {
				keep.add(added);
			}
			keep.forEach((k) -> target.queryParam("row", k.text()));
			return "redirect:" + target.encode().build().toUriString();
		}
		catch (InvalidInputException ex) {
			return timesheet(user, shown, keys, typed, FormErrors.of(ex), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/time?week=" + shown.isoName();
		}
	}

	/**
	 * The problems of a rejected save keyed by the inputs the page shows: the request's
	 * row {@code j} is the sheet's row for the same work, wherever the sheet puts it.
	 */
	private static Map<String, String> cellErrors(Map<String, String> problems, List<RowKey> requestRows,
			TimesheetView sheet) {
		List<String> shown = sheet.rows().stream().map(TimesheetView.SheetRow::key).toList();
		Map<String, String> errors = new LinkedHashMap<>();
		var pattern = java.util.regex.Pattern.compile("rows\\[(\\d+)\\]\\.(?:hours\\[(\\d)\\]|(\\w+))");
		problems.forEach((field, message) -> {
			var matcher = pattern.matcher(field);
			int request = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
			int row = (request >= 0 && request < requestRows.size()) ? shown.indexOf(requestRows.get(request).text())
					: -1;
			if (row < 0) {
				errors.putIfAbsent(field, message);
			}
			else if (matcher.group(2) != null) {
				errors.putIfAbsent("h-" + row + "-" + matcher.group(2), message);
			}
			else {
				errors.putIfAbsent("row-" + row, message);
			}
		});
		return errors;
	}

	private String timesheet(CurrentUser user, Week week, List<RowKey> extra, Map<RowKey, List<String>> typed,
			Map<String, String> problems, Model model) {
		UUID workspaceId = user.workspaceId();
		List<TimeEntryQueries.Row> entries = this.queries.week(workspaceId, user.userId(), week.monday());
		Map<UUID, SowSummary> workable = new LinkedHashMap<>();
		for (var month : week.months()) {
			this.sows.workableIn(workspaceId, month)
				.stream()
				.filter((s) -> !s.startDate().isAfter(week.sunday()) && !s.endDate().isBefore(week.monday()))
				.forEach((s) -> workable.putIfAbsent(s.id(), s));
		}
		List<WorkTargets.CampaignTarget> campaigns = this.targets.campaignsOf(workspaceId, workable.keySet(),
				PICKER_CHOICES);
		List<WorkTargets.TaskTarget> tasks = this.targets.openTasksOf(workspaceId,
				campaigns.stream().map(WorkTargets.CampaignTarget::id).toList(), PICKER_CHOICES);
		Map<UUID, String> clientNames = clientNames(workspaceId, workable.values());
		List<Choice> choices = choices(workable, campaigns, tasks, clientNames);
		Map<RowKey, Label> labels = new HashMap<>();
		for (Choice choice : choices) {
			RowKey key = RowKey.parse(choice.key());
			labels.put(new RowKey(key.sowId(), key.campaignId(), key.taskId(), true),
					new Label(choice.label(), choice.client()));
			labels.put(new RowKey(key.sowId(), key.campaignId(), key.taskId(), false),
					new Label(choice.label(), choice.client()));
		}
		LocalDate today = this.clock.today(workspaceId);
		TimesheetView sheet = TimesheetView.of(week, today, entries, extra, labels, typed);
		var timer = this.timers.running(user).orElse(null);
		model.addAttribute("sheet", sheet);
		model.addAttribute("choices", choices);
		model.addAttribute("timer", timer);
		model.addAttribute("timerLabel", (timer != null) ? timerLabel(timer, choices) : null);
		model.addAttribute("today", today);
		model.addAttribute("thisWeek", Week.of(today));
		Map<String, String> errors = cellErrors(problems, extra, sheet);
		model.addAttribute("errors", errors);
		model.addAttribute("generalErrors", errors.entrySet()
			.stream()
			.filter((e) -> !e.getKey().startsWith("h-"))
			.map((e) -> (e.getKey().startsWith("row-") ? "Row " + (Integer.parseInt(e.getKey().substring(4)) + 1)
					: AuditLabel.of(e.getKey())) + " " + e.getValue())
			.toList());
		model.addAttribute("sowRules",
				workable.values()
					.stream()
					.filter((s) -> entries.stream().anyMatch((e) -> s.id().equals(e.sowId())))
					.toList());
		return "delivery/timesheet";
	}

	private static String timerLabel(TimerService.RunningTimer timer, List<Choice> choices) {
		String key = new RowKey(timer.sowId(), timer.campaignId(), timer.taskId(), true).text();
		String target = key.substring(0, key.lastIndexOf('|'));
		return choices.stream().filter((c) -> c.key().equals(target)).map(Choice::label).findFirst().orElse("Timer");
	}

	/**
	 * What a row or the timer can be for, by SOW: the SOW itself, then its campaigns and
	 * their tasks. {@code key} is {@code sowId|campaignId|taskId}.
	 */
	record Choice(String key, String label, String client, int depth) {
	}

	private static List<Choice> choices(Map<UUID, SowSummary> sows, List<WorkTargets.CampaignTarget> campaigns,
			List<WorkTargets.TaskTarget> tasks, Map<UUID, String> clientNames) {
		List<Choice> choices = new ArrayList<>();
		for (SowSummary sow : sows.values()) {
			String client = clientNames.get(sow.clientId());
			choices.add(new Choice(sow.id() + "||", sow.label(), client, 0));
			for (var campaign : campaigns) {
				if (!sow.id().equals(campaign.sowId())) {
					continue;
				}
				choices.add(new Choice(sow.id() + "|" + campaign.id() + "|", sow.number() + " › " + campaign.name(),
						client, 1));
				for (var task : tasks) {
					if (task.campaignId().equals(campaign.id())) {
						choices.add(new Choice(sow.id() + "|" + campaign.id() + "|" + task.id(),
								sow.number() + " › " + campaign.name() + " › " + task.title(), client, 2));
					}
				}
			}
		}
		return choices;
	}

	private Map<UUID, String> clientNames(UUID workspaceId, java.util.Collection<SowSummary> sows) {
		Set<UUID> ids = sows.stream().map(SowSummary::clientId).collect(Collectors.toSet());
		return this.clients.clientNames(workspaceId, ids);
	}

	private static List<RowKey> keys(List<String> texts) {
		List<RowKey> keys = new ArrayList<>();
		if (texts != null) {
			new LinkedHashSet<>(texts).stream()
				.map(RowKey::parse)
				.filter(java.util.Objects::nonNull)
				.forEach(keys::add);
		}
		return keys;
	}

	// The timer

	@CanEdit
	@PostMapping("/time/timer/start")
	String startTimer(CurrentUser user, @RequestParam(required = false) String target,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean billable,
			@RequestParam(required = false) String week, RedirectAttributes redirect) {
		RowKey key = RowKey.parse(target);
		try {
			this.timers.start(user, new TimerRequest((key != null) ? key.sowId() : null,
					(key != null) ? key.campaignId() : null, (key != null) ? key.taskId() : null, billable, note),
					List.of());
			redirect.addFlashAttribute("flash", "Started the timer.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError",
					"The timer did not start: " + ex.problems()
						.stream()
						.map((p) -> (p.field().equals("sowId") ? "what it is for" : AuditLabel.of(p.field())) + " "
								+ p.message())
						.collect(Collectors.joining("; ")));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/time" + ((week != null) ? "?week=" + week : "");
	}

	@CanEdit
	@PostMapping("/time/timer/stop")
	String stopTimer(CurrentUser user, RedirectAttributes redirect) {
		try {
			var entry = this.timers.stop(user);
			redirect.addFlashAttribute("flash",
					"Stopped the timer: logged " + HoursText.clock(entry.getMinutes()) + " h for today as a draft.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "The time was not logged: " + ex.getMessage());
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("flashError", "No timer is running.");
		}
		return "redirect:/time";
	}

	@CanEdit
	@PostMapping("/time/timer/discard")
	String discardTimer(CurrentUser user, RedirectAttributes redirect) {
		this.timers.discard(user);
		redirect.addFlashAttribute("flash", "Discarded the timer; no time was logged.");
		return "redirect:/time";
	}

	// The list of entries

	@GetMapping("/time/entries")
	String entries(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID userId, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID sowId, @RequestParam(required = false) TimeEntryStatus status,
			Model model) {
		PageQuery query = PageQuery.of(page, size, null, sort, TimeEntryQueries.SORTING);
		var filter = new TimeEntryQueries.Filter(from, to, userId, clientId, sowId, status);
		model.addAttribute("entries", this.queries.page(user.workspaceId(), filter, query));
		model.addAttribute("query", query);
		model.addAttribute("filter", filter);
		model.addAttribute("people", this.users.staff(user.workspaceId()));
		model.addAttribute("clients", this.clients.activeClients(user.workspaceId()));
		model.addAttribute("statuses", Arrays.asList(TimeEntryStatus.values()));
		return "delivery/time-entries";
	}

	@GetMapping("/time/entries/export")
	@RateLimited(LimitedOperation.EXPORT)
	void exportEntries(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String sort,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID userId, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID sowId, @RequestParam(required = false) TimeEntryStatus status,
			HttpServletResponse response) throws IOException {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.of(0, 1, null, sort, TimeEntryQueries.SORTING);
		var filter = new TimeEntryQueries.Filter(from, to, userId, clientId, sowId, status);
		TimeEntryExport.respond(response, exportFormat,
				(each) -> this.queries.each(user.workspaceId(), filter, query, each));
	}

	// Approvals

	/** Entries of one person and week, for the approvals queue. */
	record Group(String userName, Week week, List<TimeEntryQueries.Row> entries, String total, String billable) {
	}

	@CanApproveTime
	@GetMapping("/time/approvals")
	String approvals(CurrentUser user, Model model) {
		var submitted = this.queries.page(user.workspaceId(),
				new TimeEntryQueries.Filter(null, null, null, null, null, TimeEntryStatus.SUBMITTED),
				PageQuery.of(0, APPROVAL_ROWS, null, "user,asc", TimeEntryQueries.SORTING));
		model.addAttribute("groups", groups(submitted.items()));
		model.addAttribute("submittedTotal", submitted.total());
		model.addAttribute("shown", submitted.items().size());
		if (user.isAdmin()) {
			var approved = this.queries.page(user.workspaceId(),
					new TimeEntryQueries.Filter(this.clock.today(user.workspaceId()).minusWeeks(8), null, null, null,
							null, TimeEntryStatus.APPROVED),
					PageQuery.of(0, APPROVAL_ROWS, null, "user,asc", TimeEntryQueries.SORTING));
			model.addAttribute("approvedGroups", groups(approved.items()));
		}
		return "delivery/approvals";
	}

	private static List<Group> groups(List<TimeEntryQueries.Row> rows) {
		Map<String, List<TimeEntryQueries.Row>> byPersonAndWeek = new LinkedHashMap<>();
		rows.stream()
			.sorted(java.util.Comparator
				.comparing((TimeEntryQueries.Row r) -> String.valueOf(r.userName()).toLowerCase(java.util.Locale.ROOT))
				.thenComparing(TimeEntryQueries.Row::date))
			.forEach((r) -> byPersonAndWeek
				.computeIfAbsent(r.userId() + "@" + Week.of(r.date()).isoName(), (k) -> new ArrayList<>())
				.add(r));
		return byPersonAndWeek.values().stream().map((entries) -> {
			long total = entries.stream().mapToLong(TimeEntryQueries.Row::minutes).sum();
			long billable = entries.stream()
				.filter(TimeEntryQueries.Row::billable)
				.mapToLong(TimeEntryQueries.Row::minutes)
				.sum();
			return new Group(entries.get(0).userName(), Week.of(entries.get(0).date()), entries, HoursText.clock(total),
					HoursText.clock(billable));
		}).toList();
	}

	@CanApproveTime
	@PostMapping("/time/approvals/approve")
	String approve(CurrentUser user, @RequestParam(name = "ids", required = false) List<UUID> ids,
			RedirectAttributes redirect) {
		try {
			int approved = this.transitions.approve(user, (ids != null) ? ids : List.of());
			redirect.addFlashAttribute("flash", "Approved " + approved + ((approved == 1) ? " entry." : " entries."));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "Select the entries to approve first.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/time/approvals";
	}

	@AdminOnly
	@PostMapping("/time/approvals/reopen")
	String reopen(CurrentUser user, @RequestParam(name = "ids", required = false) List<UUID> ids,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			int reopened = this.transitions.reopen(user, (ids != null) ? ids : List.of(), reason);
			redirect.addFlashAttribute("flash",
					"Reopened " + reopened + ((reopened == 1) ? " entry" : " entries") + " as drafts.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError",
					"Not reopened: " + ex.problems()
						.stream()
						.map((p) -> AuditLabel.of(p.field()) + " " + p.message())
						.collect(Collectors.joining("; ")));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/time/approvals";
	}

	// A SOW's rounding rule

	@CanEdit
	@GetMapping("/time/sows/{id}/rules")
	String rules(CurrentUser user, @PathVariable UUID id, Model model) {
		var rule = this.rules.get(user, id);
		return rulesForm(rule, new TimeRuleRequest(rule.rounding().increment(), rule.rounding().mode(), rule.version()),
				Map.of(), model);
	}

	@CanEdit
	@PostMapping("/time/sows/{id}/rules")
	String saveRules(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer roundingIncrement,
			@RequestParam(required = false) TimeRounding.Mode roundingMode,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		var request = new TimeRuleRequest(roundingIncrement, roundingMode, version);
		try {
			var saved = this.rules.change(user, id, request, List.of());
			redirect.addFlashAttribute("flash",
					"Time on " + saved.sow().number() + " is now rounded: " + saved.rounding().label() + ".");
			return "redirect:/time/sows/" + id + "/rules";
		}
		catch (InvalidInputException ex) {
			return rulesForm(this.rules.get(user, id), request, FormErrors.of(ex), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/time/sows/" + id + "/rules";
		}
	}

	private String rulesForm(TimeRuleService.TimeRule rule, TimeRuleRequest form, Map<String, String> errors,
			Model model) {
		model.addAttribute("rule", rule);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("increments", List.of(0, 6, 15, 30));
		model.addAttribute("modes", Arrays.asList(TimeRounding.Mode.values()));
		return "delivery/time-rules";
	}

	/** A field's name as a sentence starts it: {@code sowId} is "SOW". */
	static final class AuditLabel {

		private AuditLabel() {
		}

		static String of(String field) {
			return dev.aorhub.workspace.AuditEntry.label(field);
		}

	}

}
