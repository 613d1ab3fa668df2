package dev.aorhub.contracts.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.application.RateCardRequest;
import dev.aorhub.contracts.application.ApprovalRequest;
import dev.aorhub.contracts.application.ChangeOrderRequest;
import dev.aorhub.contracts.application.FeeRequest;
import dev.aorhub.contracts.application.MsaRequest;
import dev.aorhub.contracts.application.MsaService;
import dev.aorhub.contracts.application.RateCardService;
import dev.aorhub.contracts.application.SowRequest;
import dev.aorhub.contracts.application.SowService;
import dev.aorhub.contracts.domain.ChangeOrder;
import dev.aorhub.contracts.domain.FeeInput;
import dev.aorhub.contracts.domain.FeeInput.MilestoneInput;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.relationships.ServiceCategories;
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
 * The demo agency's paperwork: rate cards, MSAs with most demo clients, and SOWs that use
 * every fee model (retainers, time and materials with a cap, fixed milestones, media
 * commission, performance fees per lead and as a revenue share, and hybrids), with change
 * orders in every state, approvals, a SOW about to end and an MSA about to expire. Made
 * through the services, so every record is valid and audited, in the seeding transaction.
 */
@Component
class ContractsDemoData {

	private static final Logger log = LoggerFactory.getLogger(ContractsDemoData.class);

	private final RateCardService cards;

	private final MsaService msas;

	private final SowService sows;

	private final Clients clients;

	private final Designations designations;

	private final ServiceCategories categories;

	private final WorkspaceClock clock;

	ContractsDemoData(RateCardService cards, MsaService msas, SowService sows, Clients clients,
			Designations designations, ServiceCategories categories, WorkspaceClock clock) {
		this.cards = cards;
		this.msas = msas;
		this.sows = sows;
		this.clients = clients;
		this.designations = designations;
		this.categories = categories;
		this.clock = clock;
	}

	/** After the clients (their demo data) and the relationships (order 20). */
	@EventListener
	@Order(30)
	void on(DemoWorkspaceCreated event) {
		CurrentUser admin = event.admin();
		LocalDate today = this.clock.today(admin.workspaceId());
		rateCards(admin, today);
		List<ClientSummary> demoClients = this.clients.list(admin.workspaceId(), 12);
		int sowCount = 0;
		int msaCount = 0;
		for (int i = 0; i < demoClients.size(); i++) {
			// Most clients have an MSA; the last one of an odd-sized list is still a
			// prospect.
			if (i == demoClients.size() - 1 && demoClients.size() % 2 == 1 && demoClients.size() > 2) {
				continue;
			}
			sowCount += client(admin, demoClients.get(i), i, today);
			msaCount++;
		}
		log.info("Demo contracts: {} MSAs and {} SOWs", msaCount, sowCount);
	}

	/**
	 * The agency's rate cards, in force since the long-standing MSAs began so three years
	 * of time have a rate; the roles include the titles the demo teams are staffed with.
	 */
	private void rateCards(CurrentUser admin, LocalDate today) {
		LocalDate from = today.minusMonths(37).withDayOfMonth(1);
		this.cards.create(admin, new RateCardRequest("Standard", "USD", from, null, true,
				rates("USD", "225", "260", "150", "140", "165", "150", "135", "155", "350", "240", "170", "210", "195"),
				null), List.of());
		this.cards.create(admin, new RateCardRequest("Preferred partner", "USD", from, null, false,
				rates("USD", "195", "230", "130", "120", "145", "130", "115", "135", "310", "210", "150", "185", "170"),
				null), List.of());
		this.cards.create(admin, new RateCardRequest("Europe", "EUR", from, null, false,
				rates("EUR", "200", "235", "135", "125", "150", "135", "120", "140", "320", "220", "155", "190", "180"),
				null), List.of());
	}

	private static List<RateCardRequest.Rate> rates(String currency, String... amounts) {
		String[] roles = { "Strategist", "Creative director", "Designer", "Copywriter", "Media planner", "Media buyer",
				"Account manager", "Analyst", "Fractional CMO", "Account director", "Senior designer", "Media director",
				"Search lead" };
		List<RateCardRequest.Rate> rates = new ArrayList<>();
		for (int i = 0; i < roles.length; i++) {
			rates.add(new RateCardRequest.Rate(roles[i], new MoneyInput(amounts[i] + ".00", currency)));
		}
		return rates;
	}

	/** One client's MSA and SOWs; answers how many SOWs it made. */
	private int client(CurrentUser admin, ClientSummary client, int i, LocalDate today) {
		Currency currency = client.currency();
		String code = currency.getCurrencyCode();
		boolean expiringSoon = i == 1;
		// Two AORs are long-standing: their MSA goes back three years, with a completed
		// first-term SOW before the current one, so delivery has three years of their
		// time.
		boolean longStanding = i == 0 || i == 2;
		LocalDate termStart = today.minusMonths(10 + (i % 3)).withDayOfMonth(1);
		LocalDate effective = longStanding ? today.minusMonths(37).withDayOfMonth(1) : termStart;
		LocalDate expiry = expiringSoon ? today.plusDays(60) : effective.plusYears(longStanding ? 5 : 2).minusDays(1);
		MsaStatus status = switch (i % 6) {
			case 4 -> MsaStatus.SENT;
			case 5 -> MsaStatus.DRAFT;
			default -> MsaStatus.SIGNED;
		};
		List<UUID> nonCompete = new ArrayList<>();
		if (i == 0) {
			this.categories.all(admin.workspaceId())
				.stream()
				.filter((c) -> c.name().equals("Media Buying"))
				.findFirst()
				.ifPresent((c) -> nonCompete.add(c.id()));
		}
		List<UUID> linked = this.designations.oursAt(admin.workspaceId(), client.id())
			.stream()
			.map(DesignationSummary::id)
			.limit(3)
			.toList();
		Msa msa = this.msas.create(admin,
				new MsaRequest(client.id(), "Master services agreement " + effective.getYear(), status, effective,
						expiry, (i % 2 == 0) ? 30 : 45, null,
						new BigDecimal((i % 3 == 0) ? "10.0" : (i % 3 == 1) ? "5.0" : "0.0"), (i % 2 == 0) ? 90 : 60,
						nonCompete, linked, null, null),
				List.of());
		if (status == MsaStatus.DRAFT) {
			sow(admin, msa, "Brand refresh proposal", SowStatus.DRAFT, today.plusMonths(1), today.plusMonths(7),
					money("60000", code), 400, List.of(fixed(code, today.plusMonths(2), today.plusMonths(5))), null);
			return 1;
		}
		UUID designation = linked.isEmpty() ? null : linked.get(0);
		LocalDate start = termStart.plusMonths(1);
		LocalDate end = expiringSoon ? expiry : start.plusMonths(18).minusDays(1);
		int made = 0;
		switch (i % 4) {
			case 0 -> {
				if (longStanding) {
					sow(admin, msa, "Always-on social and content, first term", SowStatus.COMPLETED,
							effective.plusMonths(1), start.minusDays(1), money("288000", code), 1920,
							List.of(retainer(code, "12000", 80)), designation);
					made++;
				}
				Sow retainer = sow(admin, msa, "Always-on social and content", SowStatus.ACTIVE, start, end,
						money("144000", code), 960, List.of(retainer(code, "12000", 80)), designation);
				changeOrders(admin, retainer, code);
				sow(admin, msa, "Paid media buying", SowStatus.ACTIVE, start, end, money("90000", code), null,
						List.of(commission("12.5"), performance("LEAD", money("45", code), null, money("25000", code))),
						designation);
				made += 2;
			}
			case 1 -> {
				// The one SOW of the demo that ends within 30 days.
				LocalDate launchEnd = expiringSoon ? today.plusDays(18) : today.plusMonths(4);
				sow(admin, msa, "Spring launch campaign", SowStatus.ACTIVE, today.minusMonths(4), launchEnd,
						money("85000", code), 520, List.of(fixed(code, today.minusMonths(3), today.plusDays(10)),
								code.equals("USD") ? timeAndMaterials(code) : retainer(code, "4000", 20)),
						designation);
				sow(admin, msa, "Ecommerce growth programme", SowStatus.SENT, today.plusDays(20),
						end.isAfter(today.plusDays(30)) ? end : today.plusDays(50), money("40000", code), null,
						List.of(commission("10.0"), performance("REVENUE", null, "5.0", money("30000", code))),
						designation);
				made += 2;
				if (linked.size() > 1) {
					// The client's second designation has its own SOW, so its team's time
					// has
					// somewhere to go.
					sow(admin, msa, "Search and SEO always-on", SowStatus.ACTIVE, start, end, money("60000", code), 400,
							List.of(code.equals("USD") ? timeAndMaterials(code) : retainer(code, "5000", 30)),
							linked.get(1));
					made++;
				}
			}
			case 2 -> {
				LocalDate next = today.plusMonths(1).withDayOfMonth(1);
				Sow approved = sow(admin, msa, "Brand strategy and platform", SowStatus.DRAFT, next,
						next.plusMonths(6).minusDays(1), money("120000", code), 600,
						List.of(fixed(code, next.plusMonths(2), next.plusMonths(5))), designation);
				walkThroughApproval(admin, approved);
				if (longStanding) {
					sow(admin, msa, "Fractional CMO, first term", SowStatus.COMPLETED, effective.plusMonths(1),
							start.minusDays(1), money("192000", code), 960, List.of(retainer(code, "8000", 40)),
							designation);
					made++;
				}
				sow(admin, msa, "Fractional CMO", SowStatus.ACTIVE, start, end, money("96000", code), 480,
						List.of(retainer(code, "8000", 40), performance("ACQUISITION", money("120", code), null, null)),
						designation);
				made += 2;
			}
			default -> {
				sow(admin, msa, "Search and analytics", SowStatus.ACTIVE, start, end, money("70000", code), 450,
						currency.getCurrencyCode().equals("USD") ? List.of(timeAndMaterials(code))
								: List.of(retainer(code, "6000", 40)),
						designation);
				made += 1;
			}
		}
		return made;
	}

	private Sow sow(CurrentUser admin, Msa msa, String title, SowStatus status, LocalDate start, LocalDate end,
			MoneyInput budget, Integer hours, List<FeeInput> fees, UUID designationId) {
		List<FeeRequest> requests = fees.stream().map(FeeRequest::of).toList();
		List<SowRequest.Deliverable> deliverables = List.of(
				new SowRequest.Deliverable("Kick-off and plan", start.plusWeeks(2), !start.isAfter(this.today(admin))),
				new SowRequest.Deliverable(title + ": main delivery", start.plusMonths(3), false),
				new SowRequest.Deliverable("Close-out report", end, false));
		return this.sows.create(admin,
				new SowRequest(msa.getId(), designationId, null, title,
						"The agency delivers " + title.toLowerCase() + " for the client under the MSA, with a monthly "
								+ "status report and a quarterly review against the agreed KPIs.",
						status, start, end, budget, hours, requests, deliverables, null),
				List.of());
	}

	/** The full approval road: internal approval, sent, approved by the client. */
	private void walkThroughApproval(CurrentUser admin, Sow sow) {
		this.sows.approveInternally(admin, sow.getId(), new ApprovalRequest(null, "Scope and margin checked"));
		this.sows.changeStatus(admin, sow.getId(), SowStatus.SENT, new ApprovalRequest(null, "Sent for signature"));
		this.sows.changeStatus(admin, sow.getId(), SowStatus.APPROVED,
				new ApprovalRequest("Jordan Ellis, CMO", "Approved as proposed"));
	}

	private void changeOrders(CurrentUser admin, Sow sow, String code) {
		ChangeOrder video = this.sows.proposeChangeOrder(admin, sow.getId(),
				new ChangeOrderRequest("Add a short-form video series", money("15000", code), 100, null), List.of());
		this.sows.sendChangeOrder(admin, sow.getId(), video.getId(), new ApprovalRequest(null, null));
		this.sows.approveChangeOrder(admin, sow.getId(), video.getId(),
				new ApprovalRequest("Jordan Ellis, CMO", "Go ahead for Q3"));
		ChangeOrder events = this.sows.proposeChangeOrder(admin, sow.getId(),
				new ChangeOrderRequest("Cover two trade events", money("40000", code), 240, null), List.of());
		this.sows.rejectChangeOrder(admin, sow.getId(), events.getId(),
				new ApprovalRequest("Jordan Ellis, CMO", "Not in this year's budget"));
		this.sows.proposeChangeOrder(admin, sow.getId(),
				new ChangeOrderRequest("Community management on weekends", money("8000", code), 60, null), List.of());
	}

	private LocalDate today(CurrentUser admin) {
		return this.clock.today(admin.workspaceId());
	}

	private static MoneyInput money(String amount, String currency) {
		return new MoneyInput(amount + ".00", currency);
	}

	private static FeeInput retainer(String code, String monthly, int hours) {
		return new FeeInput("RETAINER", money(monthly, code), hours, "NEXT_MONTH", money("150", code), null, null, null,
				null, null, null, null, null);
	}

	private static FeeInput timeAndMaterials(String code) {
		return new FeeInput("TIME_AND_MATERIALS", null, null, null, null, null, money("40000", code), null, null, null,
				null, null, null);
	}

	private static FeeInput fixed(String code, LocalDate first, LocalDate second) {
		return new FeeInput("FIXED", null, null, null, null, null, null,
				List.of(new MilestoneInput("Strategy and concepts", money("25000", code), first),
						new MilestoneInput("Production and launch", money("35000", code), second)),
				null, null, null, null, null);
	}

	private static FeeInput commission(String percent) {
		return new FeeInput("COMMISSION", null, null, null, null, null, null, null, percent, null, null, null, null);
	}

	private static FeeInput performance(String metric, MoneyInput unitFee, String share, MoneyInput cap) {
		return new FeeInput("PERFORMANCE", null, null, null, null, null, null, null, null, metric, unitFee, share, cap);
	}

}
