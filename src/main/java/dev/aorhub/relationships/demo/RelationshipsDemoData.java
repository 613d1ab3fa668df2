package dev.aorhub.relationships.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.application.DesignationRequest;
import dev.aorhub.relationships.application.DesignationService;
import dev.aorhub.relationships.application.ServiceCategoryService;
import dev.aorhub.relationships.application.TeamRequest;
import dev.aorhub.relationships.application.TeamService;
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
 * The demo agency's roster, made after the clients module's demo clients (order 10): our
 * designations and other agencies' of every kind and status, a few renewals coming due,
 * and teams with one person committed above 100%. Dates are relative to today so the demo
 * always looks current. The data is made conflict-free, since it runs in the demo's one
 * transaction.
 */
@Component
class RelationshipsDemoData {

	private static final Logger log = LoggerFactory.getLogger(RelationshipsDemoData.class);

	/**
	 * One designation: the client by position in the demo's client list, dates in days
	 * from today (end null: open-ended), lead and agency (null: ours).
	 */
	private record Plan(int client, String category, String agency, String kind, String status, String market,
			int startDays, Integer endDays, String value, boolean autoRenew, String lead, String scope) {
	}

	private static final String MARCUS = "marcus.lee@brightline.example";

	private static final String HANNAH = "hannah.cole@brightline.example";

	private static final List<Plan> PLANS = List.of(
			new Plan(0, "Creative", null, "EXCLUSIVE", "ACTIVE", "Global", -400, 75, "850000", false, MARCUS,
					"Brand platform, campaigns and content across channels"),
			new Plan(0, "Media Buying", "Oakline Media", "EXCLUSIVE", "ACTIVE", "Global", -200, 900, null, false, null,
					"Planning and buying, all paid media"),
			new Plan(0, "Social", null, "PREFERRED", "ACTIVE", "Global", -100, 630, "180000", true, HANNAH,
					"Always-on social content and community"),
			new Plan(1, "Media Buying", null, "EXCLUSIVE", "ACTIVE", "Global", -700, 40, "1200000", false, MARCUS,
					"National TV, digital video and audio buying"),
			new Plan(1, "Search", null, "EXCLUSIVE", "UNDER_REVIEW", "Global", -500, 200, "240000", false, HANNAH,
					"Paid search and SEO"),
			new Plan(1, "Creative", "Harbor & Vale", "EXCLUSIVE", "ACTIVE", "Global", -300, 430, null, false, null,
					null),
			new Plan(2, "Digital Marketing", null, "EXCLUSIVE", "PITCHING", "Global", 30, 760, "400000", false, null,
					"Digital transformation: site, CRM and lifecycle"),
			new Plan(2, "PR", "Kestrel PR", "PREFERRED", "ACTIVE", "Global", -250, 480, null, false, null, null),
			new Plan(2, "Creative", null, "EXCLUSIVE", "ENDED", "Global", -1500, -400, "500000", false, MARCUS,
					"Brand campaigns"),
			new Plan(2, "Creative", "Signal Nine", "EXCLUSIVE", "ACTIVE", "Global", -399, 700, null, false, null, null),
			new Plan(3, "Strategy", null, "PROJECT", "ACTIVE", "Global", -60, 120, "90000", false, HANNAH,
					"Brand architecture review"),
			new Plan(3, "Analytics", null, "EXCLUSIVE", "ACTIVE", "Global", -300, null, "150000", true, HANNAH,
					"Measurement framework and dashboards"),
			new Plan(3, "Media Buying", null, "EXCLUSIVE", "LOST", "Global", -90, 640, "900000", false, MARCUS,
					"Media review we pitched for"),
			new Plan(3, "Media Buying", "Oakline Media", "EXCLUSIVE", "ACTIVE", "Global", -80, 1000, null, false, null,
					null),
			new Plan(4, "Creative", null, "EXCLUSIVE", "ACTIVE", "North America", -365, 85, "620000", false, MARCUS,
					"North American campaigns"),
			new Plan(4, "Creative", "Harbor & Vale", "EXCLUSIVE", "ACTIVE", "EMEA", -500, 600, null, false, null, null),
			new Plan(4, "Social", null, "EXCLUSIVE", "ACTIVE", "Global", -30, 1060, "210000", false, HANNAH,
					"Global social"),
			new Plan(5, "Search", null, "EXCLUSIVE", "ACTIVE", "Global", -720, 160, "310000", true, HANNAH,
					"Paid search in 14 markets"),
			new Plan(5, "Digital Marketing", null, "PREFERRED", "UNDER_REVIEW", "Global", -420, 310, "260000", false,
					MARCUS, "Lifecycle e-mail and CRM"),
			new Plan(6, "Media Buying", null, "EXCLUSIVE", "ACTIVE", "Global", -1000, 1200, "2100000", true, MARCUS,
					"All paid media, long-term partnership"),
			new Plan(6, "PR", "Kestrel PR", "EXCLUSIVE", "ACTIVE", "Global", -150, 580, null, false, null, null),
			new Plan(7, "Creative", null, "PREFERRED", "ACTIVE", "Global", -200, 530, "150000", false, HANNAH,
					"Retail and promotional creative"),
			new Plan(7, "Creative", "Signal Nine", "PREFERRED", "ACTIVE", "Global", -180, 550, null, false, null, null),
			new Plan(7, "Strategy", null, "EXCLUSIVE", "ENDED", "Global", -900, -170, "120000", false, HANNAH,
					"Brand strategy"),
			new Plan(8, "Social", null, "EXCLUSIVE", "ACTIVE", "Global", -310, 55, "140000", false, MARCUS,
					"Social content studio"),
			new Plan(8, "Analytics", null, "PROJECT", "LOST", "Global", -40, 150, "60000", false, null,
					"Attribution study"),
			new Plan(9, "Digital Marketing", "Brightwave Digital", "EXCLUSIVE", "ACTIVE", "Global", -600, 500, null,
					false, null, null),
			new Plan(9, "Search", null, "EXCLUSIVE", "PITCHING", "Global", 45, 775, "200000", false, MARCUS,
					"Search consolidation pitch"),
			new Plan(10, "PR", null, "EXCLUSIVE", "ACTIVE", "Global", -500, 170, "190000", false, HANNAH,
					"Corporate and product PR"),
			new Plan(10, "Creative", "Harbor & Vale", "EXCLUSIVE", "UNDER_REVIEW", "Global", -700, 200, null, false,
					null, null),
			new Plan(11, "Media Buying", null, "PREFERRED", "ACTIVE", "APAC", -250, 480, "330000", false, MARCUS,
					"APAC media"),
			new Plan(11, "Strategy", null, "EXCLUSIVE", "ACTIVE", "Global", -420, null, "110000", false, HANNAH,
					"Strategy retainer"));

	/**
	 * Team commitments: plan index, person, role, percent, dedicated. Marcus ends up at
	 * 110%.
	 */
	private record Member(int plan, String email, String role, int percent, boolean dedicated) {
	}

	private static final List<Member> TEAMS = List.of(new Member(0, MARCUS, "Account director", 60, true),
			new Member(0, "tom.becker@brightline.example", "Creative director", 70, true),
			new Member(0, "aisha.okafor@brightline.example", "Senior designer", 50, false),
			new Member(3, MARCUS, "Account director", 50, false),
			new Member(3, "sofia.alvarez@brightline.example", "Media director", 80, true),
			new Member(3, "daniel.novak@brightline.example", "Media buyer", 60, false),
			new Member(4, HANNAH, "Search lead", 40, false),
			new Member(6, "oliver.grant@brightline.example", "Pitch lead", 30, false),
			new Member(6, "priya.raman@brightline.example", "Strategist", 30, false),
			new Member(11, "priya.raman@brightline.example", "Analytics strategist", 40, false),
			new Member(19, "daniel.novak@brightline.example", "Media planner", 30, false),
			new Member(21, "aisha.okafor@brightline.example", "Designer", 30, false));

	private final Clients clients;

	private final ServiceCategoryService categories;

	private final DesignationService designations;

	private final TeamService team;

	private final WorkspaceClock clock;

	RelationshipsDemoData(Clients clients, ServiceCategoryService categories, DesignationService designations,
			TeamService team, WorkspaceClock clock) {
		this.clients = clients;
		this.categories = categories;
		this.designations = designations;
		this.team = team;
		this.clock = clock;
	}

	@EventListener
	@Order(20)
	void on(DemoWorkspaceCreated event) {
		CurrentUser admin = event.admin();
		List<ClientSummary> demoClients = this.clients.list(admin.workspaceId(), 12);
		if (demoClients.isEmpty()) {
			log.info("No demo clients, so no demo designations");
			return;
		}
		Map<String, UUID> categoryIds = new HashMap<>();
		this.categories.active(admin.workspaceId())
			.forEach((category) -> categoryIds.put(category.getName(), category.getId()));
		LocalDate today = this.clock.today(admin.workspaceId());
		Map<Integer, UUID> made = new HashMap<>();
		for (int i = 0; i < PLANS.size(); i++) {
			Plan plan = PLANS.get(i);
			UUID categoryId = categoryIds.get(plan.category());
			if (plan.client() >= demoClients.size() || categoryId == null) {
				continue;
			}
			ClientSummary client = demoClients.get(plan.client());
			UUID lead = (plan.lead() != null) ? event.usersByEmail().get(plan.lead()) : null;
			var input = new DesignationRequest(client.id(), categoryId, plan.agency(),
					DesignationKind.valueOf(plan.kind()), DesignationStatus.valueOf(plan.status()), plan.market(),
					plan.scope(), today.plusDays(plan.startDays()),
					(plan.endDays() != null) ? today.plusDays(plan.endDays()) : null, 90, plan.autoRenew(),
					(plan.value() != null) ? new MoneyInput(plan.value(), client.currency().getCurrencyCode()) : null,
					lead, null);
			made.put(i, this.designations.create(admin, input, List.of()).designation().getId());
		}
		for (Member member : TEAMS) {
			UUID designation = made.get(member.plan());
			UUID user = event.usersByEmail().get(member.email());
			if (designation != null && user != null) {
				this.team.add(admin, designation,
						new TeamRequest(user, member.role(), member.percent(), member.dedicated(), null, null, null),
						List.of());
			}
		}
		log.info("Made {} demo designations with their teams", made.size());
	}

}
