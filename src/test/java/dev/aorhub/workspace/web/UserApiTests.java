package dev.aorhub.workspace.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class UserApiTests extends ApiTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void adminCreatesAUserWith201AndLocation() {
		Account admin = signUp();
		String email = uniqueEmail("New.Hire");
		MvcTestResult result = postJson("/api/v1/users", admin,
				userRequest(email.toUpperCase(), "  Nia Hire ", "ACCOUNT"));

		assertThat(result).hasStatus(201);
		JsonNode user = body(result);
		String id = user.get("id").asString();
		assertThat(UUID.fromString(id).version()).isEqualTo(7);
		assertThat(result).headers().hasSingleValue(HttpHeaders.LOCATION, "/api/v1/users/" + id);
		assertThat(user.get("email").asString()).isEqualTo(email.toLowerCase());
		assertThat(user.get("name").asString()).isEqualTo("Nia Hire");
		assertThat(user.get("roles").values()).extracting(JsonNode::asString).containsExactly("ACCOUNT");
		assertThat(user.get("active").asBoolean()).isTrue();
		assertThat(user.get("version").asLong()).isZero();
		assertThat(user.has("password")).isFalse();
		assertThat(user.has("passwordHash")).isFalse();

		JsonNode fetched = body(get("/api/v1/users/" + id, admin));
		assertThat(fetched.get("email").asString()).isEqualTo(email.toLowerCase());
		assertThat(requestToken(email, PASSWORD)).hasStatus(201);
	}

	@Test
	void aNonAdminCannotCreateUsersAndGets403Problem() {
		Account admin = signUp();
		Account account = createUser(admin, "ACCOUNT");
		String email = uniqueEmail("sneaky");
		MvcTestResult result = postJson("/api/v1/users", account, userRequest(email, "Sneaky", "ADMIN"));

		assertThat(result).hasStatus(403);
		assertThat(problemType(result)).isEqualTo("forbidden");
		assertThat(requestToken(email, PASSWORD)).hasStatus(401);
	}

	@Test
	void aNonAdminCanListButNotDeactivateUsers() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");

		assertThat(get("/api/v1/users", viewer)).hasStatus(200);
		MvcTestResult result = delete("/api/v1/users/" + admin.userId(), viewer);
		assertThat(result).hasStatus(403);
		assertThat(problemType(result)).isEqualTo("forbidden");
		assertThat(body(get("/api/v1/users/" + admin.userId(), admin)).get("active").asBoolean()).isTrue();
	}

	@Test
	void aRequestWithoutTokenAnswers401Problem() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/users").exchange();

		assertThat(result).hasStatus(401);
		assertThat(problemType(result)).isEqualTo("unauthenticated");
	}

	@Test
	void anotherWorkspacesUserIsNotFoundOnGetAndPut() {
		Account admin = signUp();
		Account stranger = signUp();
		String path = "/api/v1/users/" + stranger.userId();

		MvcTestResult read = get(path, admin);
		assertThat(read).hasStatus(404);
		assertThat(problemType(read)).isEqualTo("not-found");

		Map<String, Object> change = update(stranger.email(), "Hijacked", 0L, "ADMIN");
		MvcTestResult write = putJson(path, admin, change);
		assertThat(write).hasStatus(404);
		assertThat(problemType(write)).isEqualTo("not-found");

		assertThat(delete(path, admin)).hasStatus(404);
		assertThat(body(get("/api/v1/me", stranger)).get("name").asString()).isEqualTo("Ada Admin");
	}

	@Test
	void anUnknownIdIsNotFound() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/users/" + UUID.randomUUID(), admin);
		assertThat(result).hasStatus(404);
		assertThat(problemType(result)).isEqualTo("not-found");
	}

	@Test
	void anIdThatIsNotAUuidIsAMalformedRequest() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/users/not-a-uuid", admin);
		assertThat(result).hasStatus(400);
		assertThat(problemType(result)).isEqualTo("malformed-request");
	}

	@Test
	void updatesAUserWithTheCurrentVersion() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		MvcTestResult result = putJson("/api/v1/users/" + user.userId(), admin,
				update(user.email(), "Una Promoted", 0L, "ACCOUNT", "STRATEGY"));

		assertThat(result).hasStatus(200);
		JsonNode body = body(result);
		assertThat(body.get("name").asString()).isEqualTo("Una Promoted");
		assertThat(body.get("roles").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("ACCOUNT", "STRATEGY");
		assertThat(body.get("version").asLong()).isEqualTo(1);
	}

	@Test
	void rejectsAStaleVersionWith409AndTheCurrentVersion() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		String path = "/api/v1/users/" + user.userId();
		assertThat(putJson(path, admin, update(user.email(), "First Edit", 0L, "ACCOUNT"))).hasStatus(200);

		MvcTestResult result = putJson(path, admin, update(user.email(), "Second Edit", 0L, "ACCOUNT"));

		assertThat(result).hasStatus(409);
		assertThat(problemType(result)).isEqualTo("stale-version");
		assertThat(body(result).get("currentVersion").asLong()).isEqualTo(1);
		assertThat(body(get(path, admin)).get("name").asString()).isEqualTo("First Edit");
	}

	@Test
	void rejectsAnUpdateWithoutVersionAsStale() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		MvcTestResult result = putJson("/api/v1/users/" + user.userId(), admin,
				update(user.email(), "No Version", null, "ACCOUNT"));

		assertThat(result).hasStatus(409);
		assertThat(problemType(result)).isEqualTo("stale-version");
		assertThat(body(result).get("currentVersion").asLong()).isZero();
	}

	@Test
	void changingTheEmailMovesTheSignIn() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		String moved = uniqueEmail("moved");
		String passkeyOwner = "passkey-user-" + user.userId();
		this.jdbc.sql("INSERT INTO user_entities (id, name, display_name) VALUES (:id, :name, 'Una User')")
			.param("id", passkeyOwner)
			.param("name", user.email())
			.update();

		MvcTestResult result = putJson("/api/v1/users/" + user.userId(), admin,
				update(moved.toUpperCase(), "Una User", 0L, "ACCOUNT"));

		assertThat(result).hasStatus(200);
		assertThat(body(result).get("email").asString()).isEqualTo(moved);
		assertThat(requestToken(moved, PASSWORD)).hasStatus(201);
		assertThat(requestToken(user.email(), PASSWORD)).hasStatus(401);
		// Passkeys find their user by e-mail: they move with it.
		assertThat(this.jdbc.sql("SELECT name FROM user_entities WHERE id = :id")
			.param("id", passkeyOwner)
			.query(String.class)
			.single()).isEqualTo(moved);
	}

	@Test
	void rejectsChangingTheEmailToOneInUseWith422() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		Account elsewhere = signUp();

		MvcTestResult result = putJson("/api/v1/users/" + user.userId(), admin,
				update(elsewhere.email(), "Una User", 0L, "ACCOUNT"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("email");
		assertThat(body(get("/api/v1/users/" + user.userId(), admin)).get("version").asLong()).isZero();
	}

	@Test
	void rejectsAnUnknownRoleWith422NamingItsIndex() {
		Account admin = signUp();
		MvcTestResult result = postJson("/api/v1/users", admin, userRequest(uniqueEmail("wizard"), "Wiz", "WIZARD"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("roles[0]");
	}

	@Test
	void rejectsAClientUserWithoutClientIdWith422() {
		Account admin = signUp();
		MvcTestResult result = postJson("/api/v1/users", admin, userRequest(uniqueEmail("client"), "Cleo", "CLIENT"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("clientId");
	}

	@Test
	void rejectsAWeakPasswordAndAnEmailInUseWith422() {
		Account admin = signUp();
		Map<String, Object> weak = userRequest(uniqueEmail("weak"), "Weak", "ACCOUNT");
		weak.put("password", "password123");
		MvcTestResult weakResult = postJson("/api/v1/users", admin, weak);
		assertThat(weakResult).hasStatus(422);
		assertThat(problemFields(weakResult)).containsExactly("password");

		Account elsewhere = signUp();
		MvcTestResult taken = postJson("/api/v1/users", admin, userRequest(elsewhere.email(), "Twin", "ACCOUNT"));
		assertThat(taken).hasStatus(422);
		assertThat(problemFields(taken)).containsExactly("email");
		// An address of another workspace answers like one of this workspace: where it is
		// used is not said.
		MvcTestResult own = postJson("/api/v1/users", admin, userRequest(admin.email(), "Twin", "ACCOUNT"));
		assertThat(body(own).path("errors")).isEqualTo(body(taken).path("errors"));
		assertThat(text(taken)).doesNotContain("another account").doesNotContain("workspace");
	}

	@Test
	void refusesToDeactivateTheLastAdminWith409() {
		Account admin = signUp();
		createUser(admin, "ACCOUNT");
		String path = "/api/v1/users/" + admin.userId();

		MvcTestResult viaDelete = delete(path, admin);
		assertThat(viaDelete).hasStatus(409);
		assertThat(problemType(viaDelete)).isEqualTo("last-admin");

		MvcTestResult viaVerb = postJson(path + "/deactivate", admin, Map.of());
		assertThat(viaVerb).hasStatus(409);
		assertThat(problemType(viaVerb)).isEqualTo("last-admin");

		Map<String, Object> demote = update(admin.email(), "Ada Admin", 0L, "ACCOUNT");
		MvcTestResult viaUpdate = putJson(path, admin, demote);
		assertThat(viaUpdate).hasStatus(409);
		assertThat(problemType(viaUpdate)).isEqualTo("last-admin");

		JsonNode stillAdmin = body(get(path, admin));
		assertThat(stillAdmin.get("active").asBoolean()).isTrue();
		assertThat(stillAdmin.get("roles").values()).extracting(JsonNode::asString).containsExactly("ADMIN");
	}

	@Test
	void deactivatesAnAdminWhenAnotherActiveAdminRemains() {
		Account admin = signUp();
		Account second = createUser(admin, "ADMIN");

		assertThat(delete("/api/v1/users/" + admin.userId(), second)).hasStatus(204);
		assertThat(body(get("/api/v1/users/" + admin.userId(), second)).get("active").asBoolean()).isFalse();
	}

	@Test
	void deactivatedUsersTokenStopsWorkingAndReactivationRestoresIt() {
		Account admin = signUp();
		Account user = createUser(admin, "CREATIVE");
		assertThat(get("/api/v1/me", user)).hasStatus(200);

		MvcTestResult deactivated = postJson("/api/v1/users/" + user.userId() + "/deactivate", admin, Map.of());
		assertThat(deactivated).hasStatus(200);
		assertThat(body(deactivated).get("active").asBoolean()).isFalse();

		MvcTestResult refused = get("/api/v1/me", user);
		assertThat(refused).hasStatus(401);
		assertThat(problemType(refused)).isEqualTo("invalid-token");
		assertThat(requestToken(user.email(), PASSWORD)).hasStatus(401);

		assertThat(postJson("/api/v1/users/" + user.userId() + "/activate", admin, Map.of())).hasStatus(200);
		assertThat(get("/api/v1/me", user)).hasStatus(200);
	}

	@Test
	void adminResetsAPasswordAndTheOldOneStopsWorking() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		String path = "/api/v1/users/" + user.userId() + "/password";

		MvcTestResult weak = postJson(path, admin, Map.of("password", "short"));
		assertThat(weak).hasStatus(422);
		assertThat(problemFields(weak)).containsExactly("password");

		assertThat(postJson(path, admin, Map.of("password", "Fresh-Meadow-Signal-7"))).hasStatus(200);
		assertThat(requestToken(user.email(), PASSWORD)).hasStatus(401);
		assertThat(requestToken(user.email(), "Fresh-Meadow-Signal-7")).hasStatus(201);
	}

	@Test
	void answersMalformedJsonWith400() {
		Account admin = signUp();
		MvcTestResult result = as(admin,
				this.mvc.post().uri("/api/v1/users").contentType("application/json").content("{\"email\": [}"))
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(problemType(result)).isEqualTo("malformed-request");
	}

	@Test
	void answersPatchWith405Problem() {
		Account admin = signUp();
		HttpResponse<String> response = overHttp("PATCH", "/api/v1/users/" + admin.userId(), admin);

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("https://aorhub.dev/problems/method-not-allowed");
		assertThat(problem.get("status").asInt()).isEqualTo(405);
	}

	@Test
	void answersAnUnknownApiRouteWith404Problem() {
		Account admin = signUp();
		HttpResponse<String> response = overHttp("GET", "/api/v1/no-such-things", admin);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("https://aorhub.dev/problems/not-found");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/no-such-things");
	}

	@Test
	void listsUsersInThePageEnvelope() {
		Account admin = signUp();
		createUser(admin, "ACCOUNT");
		createUser(admin, "MEDIA");

		MvcTestResult first = get("/api/v1/users?page=0&size=2&sort=email,asc", admin);
		assertThat(first).hasStatus(200);
		JsonNode page0 = body(first);
		assertThat(page0.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
		assertThat(page0.get("page").asInt()).isZero();
		assertThat(page0.get("size").asInt()).isEqualTo(2);
		assertThat(page0.get("total").asLong()).isEqualTo(3);
		assertThat(page0.get("items").size()).isEqualTo(2);

		JsonNode page1 = body(get("/api/v1/users?page=1&size=2&sort=email,asc", admin));
		assertThat(page1.get("page").asInt()).isEqualTo(1);
		assertThat(page1.get("items").size()).isEqualTo(1);

		List<String> emails = new ArrayList<>();
		page0.get("items").forEach((item) -> emails.add(item.get("email").asString()));
		page1.get("items").forEach((item) -> emails.add(item.get("email").asString()));
		assertThat(emails).doesNotHaveDuplicates().isSorted().contains(admin.email());
	}

	@Test
	void sortsDescendingAndFiltersByRoleActiveAndSearch() {
		Account admin = signUp();
		Account media = createUser(admin, "MEDIA");
		Account finance = createUser(admin, "FINANCE");
		assertThat(postJson("/api/v1/users/" + finance.userId() + "/deactivate", admin, Map.of())).hasStatus(200);

		JsonNode desc = body(get("/api/v1/users?sort=email,desc", admin));
		List<String> emails = new ArrayList<>();
		desc.get("items").forEach((item) -> emails.add(item.get("email").asString()));
		assertThat(emails).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		JsonNode byRole = body(get("/api/v1/users?role=MEDIA", admin));
		assertThat(byRole.get("total").asLong()).isEqualTo(1);
		assertThat(byRole.at("/items/0/id").asString()).isEqualTo(media.userId().toString());

		JsonNode inactive = body(get("/api/v1/users?active=false", admin));
		assertThat(inactive.get("total").asLong()).isEqualTo(1);
		assertThat(inactive.at("/items/0/id").asString()).isEqualTo(finance.userId().toString());

		String localPart = media.email().substring(0, media.email().indexOf('@'));
		JsonNode searched = body(get("/api/v1/users?q=" + localPart.toUpperCase(), admin));
		assertThat(searched.get("total").asLong()).isEqualTo(1);
		assertThat(searched.at("/items/0/email").asString()).isEqualTo(media.email());
	}

	@Test
	void treatsLikeWildcardsInTheSearchAsText() {
		Account admin = signUp();
		createUser(admin, "ACCOUNT");
		JsonNode result = body(get("/api/v1/users?q=%25", admin));
		assertThat(result.get("total").asLong()).isZero();
		JsonNode underscore = body(get("/api/v1/users?q=_", admin));
		assertThat(underscore.get("total").asLong()).isZero();
	}

	@Test
	void rejectsAPageSizeAbove500With422() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/users?size=501", admin);

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("size");
		assertThat(get("/api/v1/users?size=500", admin)).hasStatus(200);
	}

	@Test
	void rejectsAnUnknownSortFieldWith422() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/users?sort=password_hash,asc", admin);

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("sort");
	}

	@Test
	void exportsCsvWithHeaderAndANeutralisedFormulaName() {
		Account admin = signUp();
		assertThat(postJson("/api/v1/users", admin, userRequest(uniqueEmail("formula"), "=cmd", "ACCOUNT")))
			.hasStatus(201);

		MvcTestResult result = get("/api/v1/users/export?format=csv", admin);

		assertThat(result).hasStatus(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("users-")
			.contains(".csv");
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = List.of(csv.replace("\uFEFF", "").split("\r\n"));
		assertThat(lines.get(0)).isEqualTo("Name,E-mail,Roles,Active,Last sign-in,Created");
		assertThat(lines).hasSize(3);
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("'=cmd,"));
		assertThat(lines).noneSatisfy((line) -> assertThat(line).startsWith("=cmd"));
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).startsWith("Ada Admin," + admin.email() + ",ADMIN,true,"));
	}

	@Test
	void exportsXlsxWithItsContentType() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/users/export?format=xlsx", admin);

		assertThat(result).hasStatus(200);
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains(".xlsx");
		assertThat(result.getResponse().getContentAsByteArray()).startsWith('P', 'K', 3, 4);
	}

	@Test
	void rejectsAnUnknownExportFormatWith422() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/users/export?format=pdf", admin);

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("format");
	}

	@Test
	void exportsOnlyTheCallersWorkspace() {
		Account admin = signUp();
		Account other = signUp();
		String csv = new String(get("/api/v1/users/export?format=csv", admin).getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains(admin.email()).doesNotContain(other.email());
	}

	private static Map<String, Object> update(String email, String name, Long version, String... roles) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("email", email);
		request.put("name", name);
		request.put("roles", List.of(roles));
		request.put("clientId", null);
		request.put("active", true);
		request.put("version", version);
		return request;
	}

}
