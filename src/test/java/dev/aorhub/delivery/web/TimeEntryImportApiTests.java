package dev.aorhub.delivery.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/time-entries/import: our format and each preset's sample, every rule by
 * line, all or nothing unless partial, the admin-only approved history, the file checks
 * and the workspace's borders.
 */
class TimeEntryImportApiTests extends TimeApiTestSupport {

	private static final String IMPORT = "/api/v1/time-entries/import";

	@Autowired
	private MeterRegistry meters;

	/** The records a file names, with the admin's. */
	private record Names(Work work, String client, String sow, String email) {

		/** A sample with the sample's names replaced by the workspace's. */
		String fill(String sample) {
			return sample.replace("Harbour Coffee", this.client)
				.replace("SOW-2026-0001", this.sow)
				.replace("ada@example.com", this.email);
		}

	}

	private Names names(Account admin) {
		Work work = work(admin);
		String client = body(get("/api/v1/clients/" + work.clientId(), admin)).get("name").asString();
		String sow = body(get("/api/v1/sows/" + work.sowId(), admin)).get("number").asString();
		return new Names(work, client, sow, admin.email());
	}

	private MvcTestResult upload(Account account, String csv, String... params) {
		return upload(account, csv.getBytes(StandardCharsets.UTF_8), params);
	}

	private MvcTestResult upload(Account account, byte[] content, String... params) {
		var request = this.mvc.post()
			.uri(IMPORT)
			.multipart()
			.file(new MockMultipartFile("file", "time.csv", "text/csv", content))
			.header(HttpHeaders.AUTHORIZATION, account.bearer());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private List<JsonNode> entries(Account account) {
		List<JsonNode> items = new ArrayList<>();
		body(get("/api/v1/time-entries?size=500&sort=date", account)).get("items").forEach(items::add);
		return items;
	}

	private static String sample(String name) {
		try (InputStream in = TimeEntryImportApiTests.class.getResourceAsStream("/delivery/import/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Integer> errorLines(MvcTestResult result) {
		List<Integer> lines = new ArrayList<>();
		body(result).get("errors").forEach((error) -> lines.add(error.get("line").asInt()));
		return lines;
	}

	@Test
	void ourFormatImportsEveryRowAsDraftsWithTheRateInForceAndOneAuditEntry() {
		Account admin = signUp();
		Names names = names(admin);
		MvcTestResult result = upload(admin, names.fill(sample("standard.csv")));
		assertThat(result).as(text(result)).hasStatus(200);
		assertThat(body(result).get("rowsRead").asInt()).isEqualTo(2);
		assertThat(body(result).get("rowsImported").asInt()).isEqualTo(2);
		assertThat(body(result).get("rowsRejected").asInt()).isZero();
		assertThat(body(result).get("errors")).isEmpty();
		List<JsonNode> entries = entries(admin);
		assertThat(entries).extracting((e) -> e.get("minutes").asInt()).containsExactlyInAnyOrder(450, 90);
		JsonNode first = entries.stream().filter((e) -> e.get("minutes").asInt() == 450).findFirst().orElseThrow();
		assertThat(first.get("status").asString()).isEqualTo("DRAFT");
		assertThat(first.get("sowId").asString()).isEqualTo(names.work().sowId().toString());
		assertThat(first.get("clientId").asString()).isEqualTo(names.work().clientId().toString());
		assertThat(first.get("userId").asString()).isEqualTo(admin.userId().toString());
		assertThat(first.get("note").asString()).isEqualTo("Key visual,\nsecond line");
		// Designer at USD 140 less the MSA's 10%
		assertThat(first.get("role").asString()).isEqualTo("Designer");
		assertThat(first.get("rate")).isEqualTo(this.json.valueToTree(usd("126.00")));
		assertThat(text(get("/api/v1/audit?size=50", admin)))
			.contains("Imported 2 time entries (9:00 h, 2 Mar 2026 – 3 Mar 2026) as DRAFT from time.csv (AOR Hub)");
	}

	@Test
	void badRowsAreReportedByLineAndNothingIsWritten() {
		Account admin = signUp();
		Names names = names(admin);
		String csv = String.join("\n", "date,user_email,client,sow,hours,billable,note",
				"2026-03-02," + names.email() + "," + names.client() + ",,2,,good", // 2
				"2026-02-30," + names.email() + "," + names.client() + ",,2,,bad date", // 3
				"2026-03-02," + names.email() + ",Nobody Ltd,,2,,unknown client", // 4
				"2026-03-02,stranger@example.com," + names.client() + ",,2,,unknown e-mail", // 5
				"2026-03-04," + names.email() + "," + names.client() + ",,20,,long day", // 6
				"2026-03-04," + names.email() + "," + names.client() + ",,5,,25 hours", // 7
				"2026-02-10," + names.email() + "," + names.client() + "," + names.sow() + ",1,,before", // 8
				"2026-03-05," + names.email() + "," + names.client() + ",SOW-1999-999,1,,no such SOW", // 9
				"2026-03-06," + names.email() + "," + names.client() + ",,0,,nothing"); // 10
		MvcTestResult result = upload(admin, csv);
		assertThat(result).as(text(result)).hasStatus(422);
		assertThat(problemType(result)).endsWith("import-rejected");
		assertThat(body(result).get("rowsRead").asInt()).isEqualTo(9);
		assertThat(body(result).get("rowsImported").asInt()).isZero();
		assertThat(body(result).get("rowsRejected").asInt()).isEqualTo(7);
		assertThat(errorLines(result)).containsExactly(3, 4, 5, 7, 8, 9, 10);
		String errors = body(result).get("errors").toString();
		assertThat(errors).contains("date '2026-02-30' is not a date in YYYY-MM-DD")
			.contains("Client 'Nobody Ltd' is not one of your clients")
			.contains("E-mail stranger@example.com is not an active member")
			.contains("would make 25:00 h on that day")
			.contains("SOW " + names.sow() + " is not active on 10 Feb 2026")
			.contains("SOW 'SOW-1999-999' is not a SOW of " + names.client())
			.contains("Hours must be between 1 and 1440 minutes");
		assertThat(entries(admin)).isEmpty();
	}

	@Test
	void partialKeepsTheGoodRowsAndReportsTheOthers() {
		Account admin = signUp();
		Names names = names(admin);
		String csv = String.join("\n", "date,user_email,client,sow,hours,billable,note",
				"2026-03-02,," + names.client() + ",,8,no,good", "2026-03-02,," + names.client() + ",,17,,too much",
				"2026-03-03,,Nobody Ltd,,2,,unknown", "2026-03-02,," + names.client() + ",,16,,fits");
		MvcTestResult result = upload(admin, csv, "partial", "true");
		assertThat(result).as(text(result)).hasStatus(200);
		assertThat(body(result).get("rowsImported").asInt()).isEqualTo(2);
		assertThat(body(result).get("rowsRejected").asInt()).isEqualTo(2);
		assertThat(errorLines(result)).containsExactly(3, 4);
		assertThat(entries(admin)).extracting((e) -> e.get("minutes").asInt()).containsExactlyInAnyOrder(480, 960);
		assertThat(entries(admin)).extracting((e) -> e.get("billable").asBoolean())
			.containsExactlyInAnyOrder(false, true);
	}

	@Test
	void theSameFileTwiceImportsTwiceSinceExportsCarryNoIdToRecogniseAnEntryBy() {
		Account admin = signUp();
		Names names = names(admin);
		String csv = names.fill(sample("standard.csv"));
		assertThat(upload(admin, csv)).hasStatus(200);
		assertThat(upload(admin, csv)).hasStatus(200);
		assertThat(entries(admin)).hasSize(4);
	}

	@Test
	void eachPresetsSampleImports() {
		Account admin = signUp();
		Names names = names(admin);
		Map<String, List<Integer>> minutes = Map.of("harvest", List.of(150, 45), "toggl", List.of(90, 21), "clockify",
				List.of(77, 195), "kimai", List.of(120, 45));
		int total = 0;
		for (String preset : List.of("harvest", "toggl", "clockify", "kimai")) {
			MvcTestResult result = upload(admin, names.fill(sample(preset + ".csv")), "preset", preset);
			assertThat(result).as(preset + ": " + text(result)).hasStatus(200);
			assertThat(body(result).get("rowsImported").asInt()).as(preset).isEqualTo(2);
			total += 2;
		}
		List<JsonNode> entries = entries(admin);
		assertThat(entries).hasSize(total);
		assertThat(entries).extracting((e) -> e.get("minutes").asInt())
			.containsExactlyInAnyOrderElementsOf(minutes.values().stream().flatMap(List::stream).toList());
		assertThat(entries).allMatch((e) -> e.get("sowId").asString().equals(names.work().sowId().toString()));
		assertThat(entries.stream().filter((e) -> !e.get("billable").asBoolean())).hasSize(4);
	}

	@Test
	void aProjectNamingNoSowFallsBackToTheClientsOnlyActiveSowAndTwoActiveSowsMustBeNamed() {
		Account admin = signUp();
		Names names = names(admin);
		String toggl = "Email,Client,Project,Start date,Duration\n" + names.email() + "," + names.client()
				+ ",Website,2026-03-02,01:00:00\n";
		assertThat(upload(admin, toggl, "preset", "toggl")).hasStatus(200);
		approvedSow(admin, names.work().msaId(), names.work().designationId(), "2026-03-01", "2026-06-30");
		MvcTestResult ambiguous = upload(admin, toggl, "preset", "toggl");
		assertThat(ambiguous).hasStatus(422);
		assertThat(text(ambiguous)).contains("has 2 SOWs active on 2 Mar 2026")
			.contains("give the SOW's number as the project");
		String named = toggl.replace("Website", names.sow());
		assertThat(upload(admin, named, "preset", "toggl")).hasStatus(200);
	}

	@Test
	void harvestMatchesPeopleByTheirFullNameAndRefusesAnAmbiguousOne() {
		Account admin = signUp();
		Names names = names(admin);
		String harvest = names.fill(sample("harvest.csv"));
		assertThat(upload(admin, harvest, "preset", "harvest")).hasStatus(200);
		assertThat(postJson("/api/v1/users", admin, userRequest(uniqueEmail("twin"), "Ada Admin", "CREATIVE")))
			.hasStatus(201);
		MvcTestResult twins = upload(admin, harvest, "preset", "harvest");
		assertThat(twins).hasStatus(422);
		assertThat(text(twins)).contains("Person 'Ada Admin' matches 2 staff members");
	}

	@Test
	void emptyBinaryAndHeaderlessFilesAreRefusedWithWhatIsWrong() {
		Account admin = signUp();
		MvcTestResult empty = upload(admin, new byte[0]);
		assertThat(empty).hasStatus(422);
		assertThat(text(empty)).contains("is empty");
		MvcTestResult binary = upload(admin, new byte[] { 'P', 'K', 3, 4, 0, 1, 2, 0 });
		assertThat(binary).hasStatus(422);
		assertThat(text(binary)).contains("not a CSV text file");
		MvcTestResult headerless = upload(admin, "2026-03-02,ada@example.com,Acme,,2\n");
		assertThat(headerless).hasStatus(422);
		assertThat(text(headerless)).contains("lacks the columns date, user_email, client, hours");
		MvcTestResult unknownPreset = upload(admin, "date\n", "preset", "tempo");
		assertThat(problemFields(unknownPreset)).containsExactly("preset");
	}

	@Test
	void onlyAnAdminImportsApprovedHistoryOrSomeoneElsesTime() {
		Account admin = signUp();
		Names names = names(admin);
		Account lead = createUser(admin, "ACCOUNT");
		team(admin, names.work().designationId(), lead.userId(), "Strategist", 40);
		String csv = names.fill(sample("standard.csv"));
		assertThat(upload(lead, csv, "status", "APPROVED")).hasStatus(403);
		MvcTestResult someoneElse = upload(lead, csv);
		assertThat(someoneElse).hasStatus(422);
		assertThat(errorLines(someoneElse)).containsExactly(2);
		assertThat(text(someoneElse)).contains("Only an admin may import time for someone else");
		// The lead's own line (no e-mail) would have been fine: all or nothing.
		assertThat(entries(admin)).isEmpty();
		assertThat(upload(lead, csv.replace(names.email(), lead.email()))).hasStatus(200);
		assertThat(entries(admin)).allMatch((e) -> e.get("userId").asString().equals(lead.userId().toString()))
			.allMatch((e) -> e.get("role").asString().equals("Strategist"));

		MvcTestResult approved = upload(admin, csv, "status", "APPROVED");
		assertThat(approved).as(text(approved)).hasStatus(200);
		assertThat(entries(admin).stream().filter((e) -> e.get("status").asString().equals("APPROVED"))).hasSize(2);
		assertThat(upload(createUser(admin, "VIEWER"), csv)).hasStatus(403);
	}

	@Test
	void anotherWorkspacesClientsAndPeopleAreNeverMatched() {
		Account admin = signUp();
		Names names = names(admin);
		Account other = signUp();
		MvcTestResult result = upload(other, names.fill(sample("standard.csv")).replace(names.email(), other.email()));
		assertThat(result).hasStatus(422);
		assertThat(text(result)).contains("Client '" + names.client() + "' is not one of your clients");
		MvcTestResult person = upload(other, names.fill(sample("standard.csv")));
		assertThat(text(person)).contains("E-mail " + names.email() + " is not an active member");
		assertThat(entries(admin)).isEmpty();
	}

	@Test
	void tenRowsOrTwoHundredOnTheSameDaysRunTheSameStatements() {
		Account admin = signUp();
		Names names = names(admin);
		// The first import of a token and workspace warms what a request caches.
		statements(() -> upload(admin, rows(names, 10)));
		double small = statements(() -> upload(admin, rows(names, 10)));
		double large = statements(() -> upload(admin, rows(names, 200)));
		assertThat(large).isEqualTo(small);
		assertThat(entries(admin)).hasSize(220);
	}

	private static String rows(Names names, int count) {
		StringBuilder csv = new StringBuilder("date,user_email,client,sow,hours,billable,note\n");
		for (int i = 0; i < count; i++) {
			csv.append("2026-03-0")
				.append(2 + i % 2)
				.append(",,")
				.append(names.client())
				.append(",,0.05,,row ")
				.append(i)
				.append('\n');
		}
		return csv.toString();
	}

	private double statements(Runnable work) {
		double before = this.meters.counter("aorhub.sql.statements").count();
		work.run();
		return this.meters.counter("aorhub.sql.statements").count() - before;
	}

	@Test
	void thePageImportsAFileAndListsTheRejectedRowsByLine() {
		Account admin = signUp();
		Names names = names(admin);
		MvcTestResult page = getPage("/time/import", admin);
		assertThat(page).hasStatus(200);
		assertThat(text(page)).contains("Import time", "Toggl Track", "Import as approved history");
		String csv = names.fill(sample("toggl.csv")) + "Ada Admin," + names.email() + ",Nobody Ltd,,,,Yes,2026-03-04,"
				+ "09:00:00,2026-03-04,10:00:00,01:00:00,,\n";
		MvcTestResult rejected = postPage(admin, csv, "preset", "toggl");
		assertThat(rejected).hasStatus(200);
		assertThat(text(rejected)).contains("Nothing was imported", "1 rejected",
				"Client &#39;Nobody Ltd&#39; is not one of your clients");
		assertThat(entries(admin)).isEmpty();
		MvcTestResult kept = postPage(admin, csv, "preset", "toggl", "partial", "true");
		assertThat(text(kept)).contains("2 imported", "1 rejected");
		assertThat(entries(admin)).hasSize(2);
		assertThat(getPage("/time/import", createUser(admin, "VIEWER"))).hasStatus(403);
	}

	private MvcTestResult postPage(Account account, String csv, String... params) {
		var request = signedIn(account, this.mvc.post().uri("/time/import")).multipart()
			.file(new MockMultipartFile("file", "export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
