package dev.aorhub.contracts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.aorhub.SqlStatementCounter;
import dev.aorhub.SqlStatementCounter.Counted;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements the main contract reads and writes run, so that an N+1 (a query
 * per SOW, per fee, per clause) fails the build.
 * <p>
 * What is counted: every statement a request prepares on the application's DataSource in
 * the request's thread, from the security filters to the written response: JPA's and
 * JdbcClient's alike (audit rows, token lookups, clients, list queries), reads and
 * writes. Hibernate's statistics, which see only JPA's, are shown beside. Not counted:
 * asynchronous event listeners, which run after the response in other threads.
 * <p>
 * Every API request pays a fixed overhead before its own work: the bearer-token lookup
 * (the page shell's model advice skips the API). It is measured on
 * {@code GET /api/v1/me}, which does nothing else, and the limits are for each request's
 * own work on top of it.
 */
@Import(SqlStatementCounter.Configuration.class)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ContractsStatementCountTests extends ContractsApiTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Account admin;

	private UUID clientId;

	private UUID msaId;

	private int sowCount;

	@BeforeEach
	void anMsaWithTwoSows() {
		this.admin = signUp();
		this.clientId = createClient(this.admin, "Countable Co");
		this.msaId = createMsa(this.admin, msa(this.clientId));
		addSows(2);
	}

	@Test
	void anApiRequestPaysOneStatementBeforeItsOwnWork() {
		assertThat(overhead()).isEqualTo(1);
	}

	@Test
	void getSowRunsAtMostFourStatementsOfItsOwnWhateverItsFeesAndDeliverables() {
		UUID sowId = createSow(this.admin, with(sow(this.msaId), "fees",
				List.of(retainer(), fixed("Strategy", "Launch"), fixed("Research", "Report", "Review")), "deliverables",
				List.of(Map.of("name", "Plan"), Map.of("name", "Campaign"), Map.of("name", "Wrap-up"))));
		Measured read = measure(() -> get("/api/v1/sows/" + sowId, this.admin));
		assertThat(read.result()).hasStatus(200);
		JsonNode sow = body(read.result());
		assertThat(sow.get("fees")).hasSize(3);
		assertThat(sow.get("fees").get(2).get("milestones")).hasSize(3);
		assertThat(sow.get("deliverables")).hasSize(3);
		assertThat(read.ownWork()).as(read.listing()).isLessThanOrEqualTo(4);
	}

	@Test
	void putMsaWithTenSowsRunsAtMostSixStatementsOfItsOwn() {
		addSows(8);
		Measured later = changeTerm("2028-12-31");
		assertThat(later.ownWork()).as(later.listing()).isLessThanOrEqualTo(6);
		Measured openEnded = changeTerm(null);
		assertThat(openEnded.ownWork()).as(openEnded.listing()).isLessThanOrEqualTo(6);
	}

	@Test
	void putMsaRunsAsManyStatementsWithSixDesignationsAndTwelveSowsAsWithTwoAndTwo() {
		List<UUID> categories = List.copyOf(categories(this.admin).values());
		List<UUID> designations = new java.util.ArrayList<>();
		UUID linked = createMsa(this.admin, msa(this.clientId));
		for (int i = 0; i < 2; i++) {
			designations.add(linkedDesignationWithSow(linked, categories.get(i)));
		}
		Measured small = changeTerm(linked, designations, "2028-12-31");
		for (int i = 2; i < 6; i++) {
			designations.add(linkedDesignationWithSow(linked, categories.get(i)));
		}
		for (int i = 0; i < 6; i++) {
			createSow(this.admin, with(sow(linked), "title", "Fee-bearing work " + i, "designationId",
					designations.get(i), "fees", List.of(retainer(), fixed("Strategy", "Launch"))));
		}
		Measured large = changeTerm(linked, designations, null);
		assertThat(body(large.result()).get("designationIds")).hasSize(6);
		assertThat(large.count()).as(large.listing()).isEqualTo(small.count());
		// the MSA with its links, the client, the linked designations in one batch, one
		// query for "are all SOWs inside this term", the update, its audit row and the
		// default rate card the answer shows
		assertThat(large.ownWork()).as(large.listing()).isLessThanOrEqualTo(7);
		assertThat(large.counted().statements()).as(large.listing())
			.noneMatch((sql) -> sql.toLowerCase().matches("^(insert into|delete from) msa_designation.*"));
	}

	/** A designation of ours at the client, linked to the MSA, with a SOW under it. */
	private UUID linkedDesignationWithSow(UUID msaId, UUID categoryId) {
		UUID designation = id(
				postJson("/api/v1/designations", this.admin, SowApiTests.designation(this.clientId, categoryId)));
		JsonNode msa = body(get("/api/v1/msas/" + msaId, this.admin));
		List<String> ids = new java.util.ArrayList<>();
		msa.get("designationIds").forEach((id) -> ids.add(id.asString()));
		ids.add(designation.toString());
		assertThat(putJson("/api/v1/msas/" + msaId, this.admin,
				with(msa(this.clientId), "designationIds", ids, "version", msa.get("version").asLong())))
			.hasStatus(200);
		createSow(this.admin, with(sow(msaId), "title", "Designated work", "designationId", designation));
		return designation;
	}

	private Measured changeTerm(UUID msaId, List<UUID> designationIds, String expiryDate) {
		JsonNode msa = body(get("/api/v1/msas/" + msaId, this.admin));
		Measured write = measure(() -> putJson("/api/v1/msas/" + msaId, this.admin, with(msa(this.clientId),
				"expiryDate", expiryDate, "designationIds", designationIds, "version", msa.get("version").asLong())));
		assertThat(write.result()).as(text(write.result())).hasStatus(200);
		return write;
	}

	@Test
	void putMsaLeavesUnchangedClausesAlone() {
		UUID category = categories(this.admin).get("Media Buying");
		UUID withClause = createMsa(this.admin, with(msa(this.clientId), "nonCompeteCategoryIds", List.of(category)));
		JsonNode msa = body(get("/api/v1/msas/" + withClause, this.admin));
		Measured write = measure(() -> putJson("/api/v1/msas/" + withClause, this.admin,
				with(msa(this.clientId), "nonCompeteCategoryIds", List.of(category), "title", "Renamed", "version",
						msa.get("version").asLong())));
		assertThat(write.result()).as(text(write.result())).hasStatus(200);
		assertThat(body(write.result()).get("nonCompeteCategoryIds").get(0).asString()).isEqualTo(category.toString());
		assertThat(write.counted().statements()).as(write.listing())
			.noneMatch((sql) -> sql.toLowerCase().matches("^(insert into|delete from) msa_non_compete.*"));
	}

	@Test
	void theSowListRunsAsManyStatementsForTenSowsAsForTwo() {
		String list = "/api/v1/sows?msaId=" + this.msaId;
		Measured two = measure(() -> get(list, this.admin));
		assertThat(body(two.result()).get("total").asInt()).isEqualTo(2);
		addSows(8);
		Measured ten = measure(() -> get(list, this.admin));
		assertThat(body(ten.result()).get("total").asInt()).isEqualTo(10);
		assertThat(ten.count()).as(ten.listing()).isEqualTo(two.count());
	}

	@Test
	void getMsaRunsAsManyStatementsForTenSowsAsForTwo() {
		String path = "/api/v1/msas/" + this.msaId;
		Measured two = measure(() -> get(path, this.admin));
		assertThat(two.result()).hasStatus(200);
		addSows(8);
		Measured ten = measure(() -> get(path, this.admin));
		assertThat(ten.result()).hasStatus(200);
		assertThat(ten.count()).as(ten.listing()).isEqualTo(two.count());
	}

	/** SOWs with a fee and two deliverables each, so per-SOW loading would show. */
	private void addSows(int count) {
		for (int i = 0; i < count; i++) {
			createSow(this.admin, with(sow(this.msaId), "title", "Counted work " + (++this.sowCount), "deliverables",
					List.of(Map.of("name", "Plan"), Map.of("name", "Report"))));
		}
	}

	private Measured changeTerm(String expiryDate) {
		JsonNode msa = body(get("/api/v1/msas/" + this.msaId, this.admin));
		Measured write = measure(() -> putJson("/api/v1/msas/" + this.msaId, this.admin,
				with(msa(this.clientId), "expiryDate", expiryDate, "version", msa.get("version").asLong())));
		assertThat(write.result()).as(text(write.result())).hasStatus(200);
		return write;
	}

	private static Map<String, Object> fixed(String... milestones) {
		return Map.of("type", "FIXED", "milestones",
				Arrays.stream(milestones).map((name) -> Map.of("name", name, "amount", usd("1000.00"))).toList());
	}

	/** What {@code GET /api/v1/me} runs: an API request that does nothing of its own. */
	private int overhead() {
		Measured me = count(() -> get("/api/v1/me", this.admin), 0);
		assertThat(me.result()).hasStatus(200);
		return me.count();
	}

	/** One request's statements, and how many of them Hibernate's statistics saw. */
	private record Measured(Counted<MvcTestResult> counted, long hibernate, int overhead) {

		MvcTestResult result() {
			return this.counted.result();
		}

		int count() {
			return this.counted.count();
		}

		int ownWork() {
			return count() - this.overhead;
		}

		String listing() {
			return count() + " statements (" + this.overhead + " of overhead, " + this.hibernate
					+ " seen by Hibernate):\n" + this.counted.listing();
		}

	}

	/** Counts one request, and the overhead just before it. */
	private Measured measure(Supplier<MvcTestResult> request) {
		return count(request, overhead());
	}

	/**
	 * Counts one request, with a token already used once: a token's first use also stamps
	 * when it was last used (then at most once a minute), which is not the request's
	 * work.
	 */
	private Measured count(Supplier<MvcTestResult> request, int overhead) {
		this.admin = new Account(this.admin.workspaceId(), this.admin.userId(), this.admin.email(),
				this.admin.password(), token(this.admin.email(), this.admin.password()));
		assertThat(get("/api/v1/me", this.admin)).hasStatus(200);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		Counted<MvcTestResult> counted = this.counter.count(request);
		return new Measured(counted, statistics.getPrepareStatementCount() - before, overhead);
	}

}
