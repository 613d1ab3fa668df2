package dev.aorhub.delivery.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.delivery.application.CampaignRequest;
import dev.aorhub.delivery.application.CampaignService;
import dev.aorhub.delivery.application.TaskRequest;
import dev.aorhub.delivery.application.TaskService;
import dev.aorhub.delivery.domain.Campaign;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo agency's campaigns: one or two under each client's approved or active SOWs
 * (one more on a designation alone, not yet under contract), planned, live, paused and
 * completed as their dates say, each with 5 to 12 tasks across the disciplines and the
 * board's columns, given to the demo staff (the admin too, so their My work is full),
 * some overdue and some due this week. Made through the services, so every record is
 * valid and audited, in the seeding transaction.
 */
@Component
class CampaignsDemoData {

	private static final Logger log = LoggerFactory.getLogger(CampaignsDemoData.class);

	/**
	 * Who does the work, in the order tasks are handed out; absent people are skipped.
	 */
	private static final List<String> STAFF = List.of("marcus.lee@brightline.example", "priya.raman@brightline.example",
			"tom.becker@brightline.example", "aisha.okafor@brightline.example", "sofia.alvarez@brightline.example",
			"daniel.novak@brightline.example", "hannah.cole@brightline.example");

	private record Plan(String name, String objective) {
	}

	private static final List<Plan> PLANS = List.of(
			new Plan("Spring brand launch", "Launch the new brand platform: awareness up 8 points among 25–44s"),
			new Plan("Always-on social", "Grow engaged followers 15% with three posts a week and community care"),
			new Plan("Holiday gifting push", "Drive 20% more online gift sales from mid-November to Christmas"),
			new Plan("Product relaunch", "Reintroduce the reformulated range to lapsed buyers"),
			new Plan("Loyalty drive", "Sign 40,000 new loyalty members in the quarter"),
			new Plan("Search always-on", "Hold cost per lead under 45 while growing volume 10%"),
			new Plan("Summer burst", "A six-week video and OOH burst around the summer range"),
			new Plan("Retail media pilot", "Prove retail media returns 3x before scaling it"));

	/** A task of a plan: what, which discipline, which column, due in days from today. */
	private record Work(String title, Discipline discipline, TaskStatus status, Integer dueInDays, String hours) {
	}

	private static final List<Work> WORK = List.of(
			new Work("Kick-off and brief sign-off", Discipline.ACCOUNT, TaskStatus.DONE, -20, "4"),
			new Work("Audience and insight deck", Discipline.STRATEGY, TaskStatus.DONE, -12, "16"),
			new Work("Creative concepts, round 1", Discipline.CREATIVE, TaskStatus.IN_REVIEW, -2, "24"),
			new Work("Headline and body copy", Discipline.COPY, TaskStatus.IN_PROGRESS, 2, "10"),
			new Work("Key visual and layouts", Discipline.DESIGN, TaskStatus.IN_PROGRESS, 4, "18"),
			new Work("Media plan and flighting", Discipline.MEDIA, TaskStatus.TODO, 3, "12"),
			new Work("Measurement framework", Discipline.ANALYTICS, TaskStatus.TODO, 9, "8"),
			new Work("Client status report", Discipline.ACCOUNT, TaskStatus.TODO, -1, "2"),
			new Work("Social cut-downs", Discipline.DESIGN, TaskStatus.TODO, 14, "14"),
			new Work("Trafficking and QA", Discipline.MEDIA, TaskStatus.TODO, 18, "6"),
			new Work("Mid-flight optimisation", Discipline.ANALYTICS, TaskStatus.TODO, 28, "6"),
			new Work("Wrap report", Discipline.STRATEGY, TaskStatus.TODO, null, "10"));

	private final Clients clients;

	private final StatementsOfWork sows;

	private final Designations designations;

	private final CampaignService campaigns;

	private final TaskService tasks;

	private final WorkspaceClock clock;

	CampaignsDemoData(Clients clients, StatementsOfWork sows, Designations designations, CampaignService campaigns,
			TaskService tasks, WorkspaceClock clock) {
		this.clients = clients;
		this.sows = sows;
		this.designations = designations;
		this.campaigns = campaigns;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** After the contracts' demo data (order 30), whose SOWs the campaigns run under. */
	@EventListener
	@Order(40)
	void on(DemoWorkspaceCreated event) {
		CurrentUser admin = event.admin();
		LocalDate today = this.clock.today(admin.workspaceId());
		List<UUID> people = new ArrayList<>();
		STAFF.stream().map(event.usersByEmail()::get).filter((id) -> id != null).forEach(people::add);
		people.add(Math.min(1, people.size()), admin.userId());
		int made = 0;
		int taskCount = 0;
		for (ClientSummary client : this.clients.list(admin.workspaceId(), 12)) {
			List<SowSummary> running = this.sows.ofClient(admin.workspaceId(), client.id())
				.stream()
				.filter((sow) -> sow.status().isCommitted()
						&& (sow.endDate() == null || !sow.endDate().isBefore(today.minusMonths(2))))
				.limit(2)
				.toList();
			for (SowSummary sow : running) {
				Campaign campaign = underSow(admin, client, sow, made, people, today);
				taskCount += tasks(admin, campaign, made, people, today);
				made++;
			}
			if (running.isEmpty()) {
				DesignationSummary designation = this.designations.oursAt(admin.workspaceId(), client.id())
					.stream()
					.filter((d) -> d.status() == DesignationStatus.ACTIVE)
					.findFirst()
					.orElse(null);
				if (designation != null) {
					Plan plan = PLANS.get(made % PLANS.size());
					Campaign campaign = this.campaigns.create(admin,
							new CampaignRequest(client.id(), designation.id(), null, plan.name(), plan.objective(),
									today.plusDays(30), today.plusDays(120), budget(client, made),
									CampaignStatus.PLANNING, owner(people, made), null),
							List.of());
					taskCount += tasks(admin, campaign, made, people, today);
					made++;
				}
			}
		}
		log.info("Demo delivery: {} campaigns with {} tasks", made, taskCount);
	}

	/** A campaign inside the SOW's term, with the status its dates give it. */
	private Campaign underSow(CurrentUser admin, ClientSummary client, SowSummary sow, int n, List<UUID> people,
			LocalDate today) {
		Plan plan = PLANS.get(n % PLANS.size());
		LocalDate start = today.minusDays(20 + 10 * (n % 4));
		if (start.isBefore(sow.startDate())) {
			start = sow.startDate();
		}
		if (sow.endDate() != null && start.isAfter(sow.endDate())) {
			start = sow.startDate();
		}
		LocalDate end = start.plusDays(90 + 15 * (n % 3));
		if (sow.endDate() != null && end.isAfter(sow.endDate())) {
			end = sow.endDate();
		}
		CampaignStatus status;
		if (end.isBefore(today)) {
			status = CampaignStatus.COMPLETED;
		}
		else if (start.isAfter(today)) {
			status = CampaignStatus.PLANNING;
		}
		else {
			status = (n % 5 == 3) ? CampaignStatus.PAUSED : CampaignStatus.LIVE;
		}
		return this.campaigns.create(admin, new CampaignRequest(client.id(), null, sow.id(), plan.name(),
				plan.objective(), start, end, budget(client, n), status, owner(people, n), null), List.of());
	}

	/** 5 to 12 tasks, spread over the columns and the people; answers how many. */
	private int tasks(CurrentUser admin, Campaign campaign, int n, List<UUID> people, LocalDate today) {
		int count = 5 + (n * 3) % 8;
		boolean finished = campaign.getStatus() == CampaignStatus.COMPLETED;
		for (int i = 0; i < count; i++) {
			Work work = WORK.get(i);
			UUID assignee = people.get((n + i) % people.size());
			TaskStatus status = finished ? TaskStatus.DONE : work.status();
			this.tasks.create(admin,
					new TaskRequest(campaign.getId(), work.title(), null, work.discipline(), assignee,
							new BigDecimal(work.hours()),
							(work.dueInDays() != null) ? today.plusDays(work.dueInDays()) : campaign.getEndDate(),
							status, null, null),
					List.of());
		}
		return count;
	}

	private static UUID owner(List<UUID> people, int n) {
		return people.get(n % Math.min(2, people.size()));
	}

	private static MoneyInput budget(ClientSummary client, int n) {
		return new MoneyInput(String.valueOf(25000 + 7500 * (n % 6)), client.currency().getCurrencyCode());
	}

}
