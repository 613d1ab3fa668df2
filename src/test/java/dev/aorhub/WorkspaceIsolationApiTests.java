package dev.aorhub;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import dev.aorhub.workspace.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenancy rule "an id from another workspace answers 404" for every API route at
 * once, including the ones written after this test. The routes come from Spring's handler
 * mappings: every GET under {@code /api/v1} with a path variable. Workspace A is filled
 * with the demo data every module makes (plus the few records the demo does not), and
 * each route's variables are filled with real ids that A can read, found by listing the
 * collection at the variable's place ({@code /api/v1/sows} for {@code /api/v1/sows/{id}},
 * then {@code /api/v1/sows/<id>/change-orders} for {@code {changeOrderId}}). Then
 * workspace B asks for each such path and must get 404. A route whose ids cannot be found
 * fails the test by name: add demo data (or a listing) for it, or list it in
 * {@link #NOT_RESOURCE_ROUTES} with the reason.
 */
class WorkspaceIsolationApiTests extends ApiTestSupport {

	/**
	 * GET routes with path variables that do not name a workspace's record, so there is
	 * nothing to hide from another workspace; each with the reason. Empty today: every
	 * such route names a record.
	 */
	private static final Map<String, String> NOT_RESOURCE_ROUTES = Map.of();

	/** The demo staff the relationships demo data staffs its teams with. */
	private static final List<String> DEMO_STAFF = List.of("marcus.lee@brightline.example",
			"hannah.cole@brightline.example", "tom.becker@brightline.example", "sofia.alvarez@brightline.example");

	/** How many records of a listing are tried for a route's next variable. */
	private static final int CANDIDATES = 25;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	private final Map<String, List<String>> listings = new LinkedHashMap<>();

	@Test
	void everyGetRouteWithAPathVariableAnswers404ToAnotherWorkspace() {
		List<String> routes = getRoutesWithPathVariables();
		assertThat(routes).as("GET routes with path variables")
			.contains("/api/v1/clients/{id}", "/api/v1/designations/{id}", "/api/v1/sows/{id}");
		Account a = demoWorkspace();
		Account b = signUp();

		List<String> unresolved = new ArrayList<>();
		List<String> leaks = new ArrayList<>();
		for (String route : routes) {
			if (NOT_RESOURCE_ROUTES.containsKey(route)) {
				continue;
			}
			Optional<String> path = resolve(route, a);
			if (path.isEmpty()) {
				unresolved.add(route);
				continue;
			}
			MvcTestResult theirs = get(path.get(), b);
			if (theirs.getResponse().getStatus() != 404) {
				leaks.add("GET " + route + " as " + path.get() + " answered " + theirs.getResponse().getStatus()
						+ " to another workspace");
			}
		}
		assertThat(unresolved)
			.as("routes without a record of workspace A to try them with: give them demo data or list them in "
					+ "NOT_RESOURCE_ROUTES")
			.isEmpty();
		assertThat(leaks).as("routes that serve another workspace's records (must answer 404)").isEmpty();
	}

	/**
	 * Every GET route under /api/v1 that has a path variable, from the handler mappings.
	 */
	private List<String> getRoutesWithPathVariables() {
		TreeSet<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				var methods = info.getMethodsCondition().getMethods();
				if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
					continue;
				}
				info.getPatternValues()
					.stream()
					.filter((pattern) -> pattern.startsWith("/api/v1/") && pattern.contains("{"))
					.forEach(routes::add);
			}
		}
		return List.copyOf(routes);
	}

	/**
	 * The route with each variable filled by an id that workspace A lists at that place,
	 * such that A itself gets the resource; empty if there is none.
	 */
	private Optional<String> resolve(String route, Account a) {
		return resolve("", List.of(route.substring(1).split("/")), 0, a);
	}

	private Optional<String> resolve(String prefix, List<String> segments, int index, Account a) {
		if (index == segments.size()) {
			int status = get(prefix, a).getResponse().getStatus();
			return (status >= 200 && status < 300) ? Optional.of(prefix) : Optional.empty();
		}
		String segment = segments.get(index);
		if (!segment.startsWith("{")) {
			return resolve(prefix + "/" + segment, segments, index + 1, a);
		}
		for (String id : listedIds(prefix, a)) {
			Optional<String> path = resolve(prefix + "/" + id, segments, index + 1, a);
			if (path.isPresent()) {
				return path;
			}
		}
		return Optional.empty();
	}

	/** The ids of the records listed at a collection path, as pages or plain arrays. */
	private List<String> listedIds(String collection, Account a) {
		return this.listings.computeIfAbsent(collection, (path) -> {
			MvcTestResult result = get(path + "?size=" + CANDIDATES, a);
			List<String> ids = new ArrayList<>();
			if (result.getResponse().getStatus() != 200
					|| !String.valueOf(result.getResponse().getContentType()).contains("json")) {
				return ids;
			}
			JsonNode listing = body(result);
			JsonNode items = listing.isArray() ? listing : listing.path("items");
			items.forEach((item) -> {
				// a record's id, or the number of a numbered child (an asset's versions)
				String key = item.hasNonNull("id") ? "id" : item.hasNonNull("number") ? "number" : null;
				if (key != null && ids.size() < CANDIDATES) {
					ids.add(item.get(key).asString());
				}
			});
			return ids;
		});
	}

	/**
	 * A new workspace with every module's demo data, as the demo seeder makes it, plus
	 * what the demo leaves out: a cost rate and files on an MSA and a SOW.
	 */
	private Account demoWorkspace() {
		Account admin = signUp("Isolation A");
		Map<String, UUID> staff = new LinkedHashMap<>();
		staff.put(admin.email(), admin.userId());
		DEMO_STAFF.forEach((email) -> staff.put(email, createUser(admin, "ACCOUNT").userId()));
		CurrentUser user = new CurrentUser(admin.userId(), admin.workspaceId(), "Isolation A", admin.email(),
				"Ada Admin", EnumSet.of(Role.ADMIN, Role.ACCOUNT), null);
		var security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_ACCOUNT"))));
		SecurityContextHolder.setContext(security);
		try {
			this.transaction
				.executeWithoutResult((status) -> this.events.publishEvent(new DemoWorkspaceCreated(user, staff)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(postJson("/api/v1/cost-rates", admin, Map.of("userId", admin.userId(), "hourlyCost",
				Map.of("amount", "80.00", "currency", "USD"), "effectiveFrom", "2026-01-01")))
			.hasStatus(201);
		attach(admin, "/api/v1/msas/" + listedIds("/api/v1/msas", admin).get(0) + "/attachments");
		attach(admin, "/api/v1/sows/" + listedIds("/api/v1/sows", admin).get(0) + "/attachments");
		return admin;
	}

	private void attach(Account account, String path) {
		MvcTestResult result = this.mvc.post()
			.uri(path)
			.multipart()
			.file(new MockMultipartFile("file", "signed.pdf", "application/pdf", "%PDF-1.4 signed".getBytes()))
			.header(org.springframework.http.HttpHeaders.AUTHORIZATION, account.bearer())
			.exchange();
		assertThat(result).as(path).hasStatus(201);
	}

}
