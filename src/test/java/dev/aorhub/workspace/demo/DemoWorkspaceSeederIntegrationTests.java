package dev.aorhub.workspace.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.aorhub.delivery.RetainerBurns;
import dev.aorhub.delivery.application.ResourcingService;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import dev.aorhub.workspace.config.WorkspaceProperties;
import dev.aorhub.workspace.demo.DemoWorkspace.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An installation with the demo on: the demo workspace is made after the application is
 * ready to answer, off the main thread, and its login works once {@link DemoWorkspace}
 * says it is made. Its own in-memory database, so it is empty whatever database the rest
 * of the suite runs on.
 */
@SpringBootTest(properties = { "aorhub.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-seeding-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class DemoWorkspaceSeederIntegrationTests {

	@Autowired
	private DemoWorkspace demo;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SeedingWitness witness;

	@Autowired
	private WorkspaceProperties properties;

	@Autowired
	private RetainerBurns burns;

	@Autowired
	private ResourcingService resourcing;

	@Autowired
	private WorkspaceClock clock;

	@Test
	void theDemoIsMadeAfterTheApplicationIsReadyAndOffTheMainThread() throws Exception {
		assertThat(this.demo.ready().get(2, TimeUnit.MINUTES)).isEqualTo(Outcome.MADE);
		assertThat(this.demo.isBeingMade()).isFalse();
		assertThat(this.witness.threads).containsExactly("demo-seeder");
		assertThat(this.witness.readiness).containsExactly(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(this.jdbc.sql("select name from workspace").query(String.class).list())
			.containsExactly("Brightline Partners");
		assertThat(this.jdbc.sql("select count(*) from app_user").query(Integer.class).single())
			.isEqualTo(DemoWorkspaceSeeder.STAFF.size() + 1);
	}

	@Test
	void theDemoLoginWorksOnceTheDemoIsMade() throws Exception {
		this.demo.ready().get(2, TimeUnit.MINUTES);
		MvcTestResult signIn = this.mvc.post()
			.uri("/login")
			.param("email", this.properties.demo().email())
			.param("password", this.properties.demo().password())
			.with(csrf())
			.exchange();
		assertThat(signIn).hasStatus(302);
		assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.mvc.get().uri("/login")).bodyText().doesNotContain("demo-being-made");
	}

	@Test
	void theSignInPageSaysSoWhileTheDemoIsBeingMade() throws Exception {
		this.demo.ready().get(2, TimeUnit.MINUTES);
		this.demo.started();
		try {
			assertThat(this.mvc.get().uri("/login")).hasStatusOk()
				.bodyText()
				.contains("demo-being-made")
				.contains("The demo workspace is still being made");
		}
		finally {
			this.demo.finished(Outcome.MADE);
		}
	}

	/**
	 * The demo's delivery history: three years of weekday time, approved but this week,
	 * one retainer over its hours last month and one AOR under-served, its people named.
	 */
	@Test
	void theDemoHasThreeYearsOfTimeWithARetainerOverItsHoursAndAnUnderServedAor() throws Exception {
		this.demo.ready().get(2, TimeUnit.MINUTES);
		UUID workspaceId = this.jdbc.sql("select id from workspace").query(UUID.class).single();
		LocalDate today = this.clock.today(workspaceId);
		List<LocalDate> days = this.jdbc.sql("select distinct entry_date from time_entry order by entry_date")
			.query(LocalDate.class)
			.list();
		assertThat(days.get(0)).isBeforeOrEqualTo(today.minusYears(3).plusDays(7));
		assertThat(days).allMatch((day) -> day.getDayOfWeek().getValue() <= 5);
		assertThat(days).doesNotContain(LocalDate.of(today.getYear() - 1, 12, 25));
		assertThat(this.jdbc.sql("select count(*) from time_entry where status <> 'APPROVED' and entry_date < :monday")
			.param("monday", today.with(DayOfWeek.MONDAY))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from time_entry where status = 'DRAFT'").query(Long.class).single())
			.isPositive();
		assertThat(this.jdbc
			.sql("select count(distinct designation_id) from team_assignment where user_id in "
					+ "(select user_id from team_assignment group by user_id having count(*) > 1)")
			.query(Long.class)
			.single()).isGreaterThan(1);

		UUID social = this.jdbc
			.sql("select s.id from sow s where s.title = 'Always-on social and content' and s.status = 'ACTIVE' "
					+ "and exists (select 1 from sow p where p.msa_id = s.msa_id and p.status = 'COMPLETED')")
			.query(UUID.class)
			.single();
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		assertThat(this.burns.month(workspaceId, social, null, lastMonth).orElseThrow().overageHours()).isPositive();

		var underServed = this.resourcing.agency(workspaceId, this.resourcing.period(workspaceId, 4))
			.stream()
			.filter((designation) -> designation.underResourced())
			.toList();
		assertThat(underServed).hasSize(1);
		assertThat(underServed.get(0).shortfall()).extracting((person) -> person.name()).contains("Sofia Alvarez");
	}

	@Test
	void theDemoHasCreativeAssetsInEveryReviewStateWithVersionsCommentsAndALiveLink() throws Exception {
		assertThat(this.demo.ready().get(2, TimeUnit.MINUTES)).isEqualTo(Outcome.MADE);
		assertThat(this.jdbc.sql("select distinct status from creative_asset").query(String.class).list())
			.containsExactlyInAnyOrder("IN_PROGRESS", "INTERNAL_REVIEW", "CLIENT_REVIEW", "CHANGES_REQUESTED",
					"APPROVED");
		assertThat(this.jdbc.sql("select max(current_version) from creative_asset").query(Integer.class).single())
			.isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from creative_asset_version where thumbnail_key is not null")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(7);
		assertThat(this.jdbc.sql("select approved_version from creative_asset where status = 'APPROVED'")
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(
				this.jdbc.sql("select count(*) from creative_decision where via_link = TRUE and decision = 'APPROVED'")
					.query(Integer.class)
					.single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from creative_comment where resolved = TRUE")
			.query(Integer.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from creative_comment where pin_x is not null")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(4);
		assertThat(this.jdbc.sql("""
				select count(*) from creative_review_link l
				join creative_asset a on a.workspace_id = l.workspace_id and a.id = l.asset_id
				where a.status = 'CLIENT_REVIEW' and l.expires_at > CURRENT_TIMESTAMP and l.revoked = FALSE
				""").query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from creative_review_round
				where closed_at is null and due_date < CURRENT_DATE
				""").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theDemoBrandsHaveGuidelinesWithTheirColoursAndALogo() throws Exception {
		assertThat(this.demo.ready().get(2, TimeUnit.MINUTES)).isEqualTo(Outcome.MADE);
		assertThat(this.jdbc.sql("select count(*) from brand_guideline").query(Long.class).single()).isEqualTo(8);
		assertThat(this.jdbc.sql("select count(distinct guideline_id) from brand_guideline_colour")
			.query(Long.class)
			.single()).isEqualTo(8);
		assertThat(this.jdbc.sql("select count(*) from brand_guideline_file where purpose = 'LOGO'")
			.query(Long.class)
			.single()).isEqualTo(8);
		assertThat(this.jdbc
			.sql("select count(*) from brand b where not exists "
					+ "(select 1 from brand_guideline g where g.workspace_id = b.workspace_id and g.brand_id = b.id)")
			.query(Long.class)
			.single()).as("brands left to show the empty state").isPositive();
	}

	/**
	 * The demo's strategic plans: an approved version 1 with a draft version 2 for one
	 * AOR, a shared plan for another, each analysing competitors from its client's list
	 * and with a roadmap around today, some of it done and a step at risk.
	 */
	@Test
	void theDemoHasAnApprovedPlanWithADraftNextVersionAndASharedPlan() throws Exception {
		this.demo.ready().get(2, TimeUnit.MINUTES);
		List<String> versions = this.jdbc
			.sql("select status || ' v' || plan_version from strategic_plan order by lineage_id, plan_version")
			.query(String.class)
			.list();
		assertThat(versions).containsExactlyInAnyOrder("APPROVED v1", "DRAFT v2", "SHARED v1");
		assertThat(
				this.jdbc.sql("select count(distinct designation_id) from strategic_plan").query(Long.class).single())
			.isEqualTo(2);
		assertThat(this.jdbc
			.sql("select count(*) from strategic_plan_competitor pc join strategic_plan p on p.workspace_id = "
					+ "pc.workspace_id and p.id = pc.plan_id join client_competitor cc on cc.workspace_id = "
					+ "p.workspace_id and cc.client_id = p.client_id and cc.competitor_name = pc.name")
			.query(Long.class)
			.single()).isPositive();
		List<String> statuses = this.jdbc
			.sql("select m.status from strategic_plan_milestone m join strategic_plan p on p.workspace_id = "
					+ "m.workspace_id and p.id = m.plan_id where p.status = 'SHARED' order by m.position")
			.query(String.class)
			.list();
		assertThat(statuses).hasSizeBetween(6, 10).contains("DONE", "AT_RISK", "PLANNED");
	}

	/** Where and when the demo data was made, seen by a listener of its event. */
	static class SeedingWitness {

		final List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

		final List<ReadinessState> readiness = new java.util.concurrent.CopyOnWriteArrayList<>();

		private final ApplicationAvailability availability;

		SeedingWitness(ApplicationAvailability availability) {
			this.availability = availability;
		}

		@EventListener
		void on(DemoWorkspaceCreated event) {
			this.threads.add(Thread.currentThread().getName());
			this.readiness.add(this.availability.getReadinessState());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Witness {

		@Bean
		SeedingWitness seedingWitness(ApplicationAvailability availability) {
			return new SeedingWitness(availability);
		}

	}

}
