package dev.aorhub.planning.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.application.StrategicPlanRequest;
import dev.aorhub.planning.application.StrategicPlanRequest.CompetitorInput;
import dev.aorhub.planning.application.StrategicPlanRequest.MilestoneInput;
import dev.aorhub.planning.application.StrategicPlanRequest.ObjectiveInput;
import dev.aorhub.planning.application.StrategicPlanRequest.ResearchInput;
import dev.aorhub.planning.application.StrategicPlanRequest.SegmentInput;
import dev.aorhub.planning.application.StrategicPlanService;
import dev.aorhub.planning.domain.MilestoneStatus;
import dev.aorhub.planning.domain.PlanContent;
import dev.aorhub.planning.domain.PlanSnapshot;
import dev.aorhub.planning.domain.SegmentPriority;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo agency's strategic plans, for two of its AOR clients: one whose version 1 the
 * client approved and whose version 2 is being drafted, and one shared with the client
 * and awaiting approval. The competitors come from each client's competitor list (filled
 * up with the market's other names), the roadmaps have eight milestones around today,
 * some done and one at risk. Made through the service, so every plan is valid and
 * audited, in the seeding transaction.
 */
@Component
class PlanningDemoData {

	private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

	/** Who owns the roadmap's steps, in turn; absent people are skipped. */
	private static final List<String> OWNERS = List.of("priya.raman@brightline.example",
			"hannah.cole@brightline.example", "marcus.lee@brightline.example", "tom.becker@brightline.example",
			"sofia.alvarez@brightline.example");

	/** The market's other names, after those the client lists. */
	private static final List<String> MARKET = List.of("Private label", "Challenger brands online");

	/** A roadmap step: what, due in days from today, and where it stands. */
	private record Step(String name, int dueInDays, MilestoneStatus status) {
	}

	private static final List<Step> ROADMAP = List.of(
			new Step("Insight and research read-out", -75, MilestoneStatus.DONE),
			new Step("Brand positioning signed off", -50, MilestoneStatus.DONE),
			new Step("Audience segmentation validated", -21, MilestoneStatus.DONE),
			new Step("Creative platform in research", -3, MilestoneStatus.AT_RISK),
			new Step("Media plan approved", 12, MilestoneStatus.IN_PROGRESS),
			new Step("Campaign launch", 40, MilestoneStatus.PLANNED),
			new Step("Mid-flight optimisation review", 80, MilestoneStatus.PLANNED),
			new Step("Annual plan review with the CMO", 150, MilestoneStatus.PLANNED));

	private final Clients clients;

	private final Designations designations;

	private final StrategicPlanService plans;

	private final WorkspaceClock clock;

	PlanningDemoData(Clients clients, Designations designations, StrategicPlanService plans, WorkspaceClock clock) {
		this.clients = clients;
		this.designations = designations;
		this.plans = plans;
		this.clock = clock;
	}

	/** After the delivery demo data (orders 40 and 45). */
	@EventListener
	@Order(50)
	void on(DemoWorkspaceCreated event) {
		CurrentUser admin = event.admin();
		LocalDate today = this.clock.today(admin.workspaceId());
		List<UUID> owners = new ArrayList<>();
		OWNERS.stream().map(event.usersByEmail()::get).filter((id) -> id != null).forEach(owners::add);
		owners.add(admin.userId());
		List<Target> targets = targets(admin);
		if (targets.isEmpty()) {
			log.info("Demo planning: no active designation of ours to plan for");
			return;
		}
		Target first = targets.get(0);
		PlanSnapshot v1 = this.plans.create(admin,
				request(first, first.client().name() + " brand strategy", owners, today, false), List.of());
		this.plans.share(admin, v1.id());
		this.plans.approve(admin, v1.id());
		PlanSnapshot v2 = this.plans.newVersion(admin, v1.id());
		this.plans.update(admin, v2.id(), request(first, first.client().name() + " brand strategy", owners, today, true)
			.withVersion(v2.version()), List.of());
		int made = 2;
		if (targets.size() > 1) {
			Target second = targets.get(1);
			PlanSnapshot shared = this.plans.create(admin,
					request(second, second.client().name() + " growth plan", owners, today, false), List.of());
			this.plans.share(admin, shared.id());
			made++;
		}
		log.info("Demo planning: {} strategic plan versions", made);
	}

	private record Target(ClientSummary client, DesignationSummary designation, List<String> competitors) {
	}

	/**
	 * Our active designations at the demo clients, one a client, those with the longest
	 * competitor lists first: a plan analyses them.
	 */
	private List<Target> targets(CurrentUser admin) {
		List<Target> targets = new ArrayList<>();
		for (ClientSummary client : this.clients.list(admin.workspaceId(), 20)) {
			this.designations.oursAt(admin.workspaceId(), client.id())
				.stream()
				.filter((d) -> d.status() == DesignationStatus.ACTIVE)
				.findFirst()
				.ifPresent((d) -> targets
					.add(new Target(client, d, this.clients.competitorNames(admin.workspaceId(), client.id()))));
		}
		targets.sort((a, b) -> Integer.compare(b.competitors().size(), a.competitors().size()));
		return targets;
	}

	private static StrategicPlanRequest request(Target target, String title, List<UUID> owners, LocalDate today,
			boolean nextVersion) {
		String client = target.client().name();
		List<String> names = new ArrayList<>(target.competitors().stream().limit(2).toList());
		MARKET.stream().filter((n) -> names.size() < 3).forEach(names::add);
		String[][] analysis = {
				{ "The category's value leader: broad range at everyday low prices",
						"Distribution in every big chain; price", "A tired brand that younger buyers call generic",
						"Cut prices 8% in the spring and doubled retail media" },
				{ "Premium and purpose-led, with a loud social presence", "Creator partnerships; fast product drops",
						"Thin distribution outside the big cities; high prices",
						"Launched a subscription and a limited edition with a streamer" },
				{ "Cheaper copies sold under the retailers' own names", "Shelf space and price",
						"No brand loyalty; no advertising", "Two big retailers expanded their own ranges" } };
		String[] shares = nextVersion ? new String[] { "31.5", "22", "9.25" } : new String[] { "34", "19.5", "8" };
		List<CompetitorInput> competitors = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			competitors.add(new CompetitorInput(names.get(i), analysis[i][0], analysis[i][1], analysis[i][2],
					new java.math.BigDecimal(shares[i]), analysis[i][3]));
		}
		List<SegmentInput> segments = List.of(
				new SegmentInput("Busy young families",
						"Two incomes, children under ten; shop online weekly and trust other parents' reviews",
						"2.4M households", SegmentPriority.HIGH, List.of("Social", "Retail media", "Online video")),
				new SegmentInput("Health-minded professionals",
						"25–44, city-based, read labels and pay more for less sugar", "1.1M adults",
						SegmentPriority.MEDIUM, List.of("Search", "Podcasts", "Out of home")),
				new SegmentInput("Lapsed loyalists", "Bought every month until two years ago; left on price",
						"600k households", SegmentPriority.LOW, List.of("CRM e-mail", "Direct mail")));
		List<ObjectiveInput> objectives = new ArrayList<>(List.of(
				new ObjectiveInput(
						"Lift unaided awareness among young families from 18% to 25% by the end of the year"),
				new ObjectiveInput("Grow " + client + "'s share of voice by 5 points without raising the media budget"),
				new ObjectiveInput("Win back 15% of lapsed loyalists through CRM and retail offers")));
		if (nextVersion) {
			objectives.add(new ObjectiveInput("Keep cost per acquisition under 40 while online sales grow 20%"));
		}
		List<ResearchInput> research = List.of(
				new ResearchInput("The category grew 6% last year; all of the growth was online, led by retail media.",
						"Category tracker, Q3 report"),
				new ResearchInput(
						"Young families choose on reviews first and price second; loyalty halves after a stock-out.",
						"Brand health study, 1,200 interviews"),
				new ResearchInput("Competitor advertising doubled on social in the last two quarters.",
						"Share-of-voice monitoring, last 6 months"));
		List<MilestoneInput> milestones = new ArrayList<>();
		for (int i = 0; i < ROADMAP.size(); i++) {
			Step step = ROADMAP.get(i);
			MilestoneStatus status = (nextVersion && i == 3) ? MilestoneStatus.IN_PROGRESS : step.status();
			milestones.add(new MilestoneInput(null, step.name(), today.plusDays(step.dueInDays()),
					owners.get(i % owners.size()), status));
		}
		if (nextVersion) {
			milestones.add(new MilestoneInput(null, "Second-wave creative for the health-minded", today.plusDays(110),
					owners.get(0), MilestoneStatus.PLANNED));
		}
		return new StrategicPlanRequest(target.designation().id(), target.client().id(), title,
				StrategicPlanStatus.DRAFT, research, competitors, segments, objectives,
				milestones.subList(0, Math.min(milestones.size(), PlanContent.MAX_ENTRIES)), null);
	}

}
