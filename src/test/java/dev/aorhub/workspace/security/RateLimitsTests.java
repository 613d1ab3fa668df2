package dev.aorhub.workspace.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.workspace.config.WorkspaceProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The counters against the test context's database, with a clock of the test's own; the
 * entry points (API, page, sign-up, tokens) with a counter set full, since the test
 * configuration raises every limit out of the other tests' way.
 */
class RateLimitsTests extends ApiTestSupport {

	/** The limits of src/test/resources/config/application.properties. */
	private static final int TEST_LIMIT = 1_000_000;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WorkspaceProperties properties;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));

	@Test
	void countsUpToTheLimitAndRefusesUntilTheWindowEnds() {
		RateLimits limits = new RateLimits(this.jdbc, this.clock, this.properties);
		String key = "test:" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(limits.hit(key, 3, Duration.ofMinutes(10))).isEmpty();
			this.clock.advance(Duration.ofMinutes(1));
		}

		assertThat(limits.hit(key, 3, Duration.ofMinutes(10))).contains(Duration.ofMinutes(7));
		assertThat(hits(key)).isEqualTo(3);

		this.clock.advance(Duration.ofMinutes(7));
		assertThat(limits.hit(key, 3, Duration.ofMinutes(10))).isEmpty();
		assertThat(hits(key)).isEqualTo(1);
	}

	@Test
	void concurrentHitsAreNeitherLostNorAllowedBeyondTheLimit() throws Exception {
		RateLimits limits = new RateLimits(this.jdbc, Clock.systemUTC(), this.properties);
		String key = "test:" + UUID.randomUUID();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> nodes = new ArrayList<>();
			for (int n = 0; n < 8; n++) {
				nodes.add(() -> {
					int allowed = 0;
					for (int i = 0; i < 20; i++) {
						allowed += limits.hit(key, 100, Duration.ofHours(1)).isEmpty() ? 1 : 0;
					}
					return allowed;
				});
			}
			int allowed = 0;
			for (Future<Integer> node : threads.invokeAll(nodes)) {
				allowed += node.get();
			}

			assertThat(allowed).isEqualTo(100);
			assertThat(hits(key)).isEqualTo(100);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theApiAnswers429WithRetryAfterAndAProblemOnceTheUserUsedUpExports() {
		Account admin = signUp();
		fill(RateLimits.userKey(LimitedOperation.EXPORT, admin.userId()));

		MvcTestResult refused = get("/api/v1/users/export", admin);

		assertThat(refused).hasStatus(429);
		assertThat(retryAfter(refused)).isBetween(1L, 60L);
		assertThat(problemType(refused)).isEqualTo("too-many-requests");
		assertThat(body(refused).get("detail").asString())
			.isEqualTo("Too many exports in a short while; try again in 1 minute.");
		assertThat(get("/api/v1/users", admin)).hasStatus(200);
	}

	@Test
	void aWorkspaceThatUsedUpExportsRefusesEveryOneOfItsUsers() {
		Account admin = signUp();
		Account colleague = createUser(admin, "ADMIN");
		Account elsewhere = signUp();
		fill(RateLimits.workspaceKey(LimitedOperation.EXPORT, admin.workspaceId()));

		assertThat(get("/api/v1/users/export", colleague)).hasStatus(429);
		assertThat(get("/api/v1/users/export", elsewhere)).hasStatus(200);
	}

	@Test
	void aPageAnswers429WithRetryAfterAndSaysWhenToTryAgain() {
		Account admin = signUp();
		fill(RateLimits.userKey(LimitedOperation.EXPORT, admin.userId()));

		MvcTestResult refused = getPage("/admin/users/export", admin);

		assertThat(refused).hasStatus(429);
		assertThat(retryAfter(refused)).isBetween(1L, 60L);
		assertThat(text(refused)).contains("Too Many Requests")
			.contains("Too many exports in a short while; try again in 1 minute.");
	}

	@Test
	void tokenCreationIsCountedPerUserOnceThePasswordIsRight() {
		Account user = signUp();
		fill(RateLimits.userKey(LimitedOperation.TOKEN, user.userId()));

		MvcTestResult refused = requestToken(user.email(), PASSWORD);

		assertThat(refused).hasStatus(429);
		assertThat(retryAfter(refused)).isBetween(1L, 3600L);
		assertThat(body(refused).get("detail").asString()).startsWith("Too many new API tokens in a short while");
		assertThat(requestToken(user.email(), "Wrong-Password-99")).hasStatus(401);
	}

	@Test
	void signUpIsCountedPerClientAddress() {
		String address = "10.254." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		fill(RateLimits.addressKey(LimitedOperation.SIGNUP, address));

		MvcTestResult refused = this.mvc.post()
			.uri("/api/v1/signup")
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("workspaceName", "Hasty & Co", "email", uniqueEmail("hasty"), "name", "Hal Hasty",
					"password", PASSWORD)))
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
		assertThat(refused).hasStatus(429);
		assertThat(retryAfter(refused)).isBetween(1L, 3600L);

		MvcTestResult page = this.mvc.post()
			.uri("/signup")
			.param("workspaceName", "Hasty & Co")
			.param("email", uniqueEmail("hasty"))
			.param("name", "Hal Hasty")
			.param("password", PASSWORD)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
		assertThat(page).hasStatus(429);
		assertThat(text(page)).contains("Too many sign-ups in a short while; try again in");
	}

	@Test
	void reviewLinksAreCountedPerClientAddressBeforeTheirTokenIsRead() {
		String address = "10.253." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		fill(RateLimits.addressKey(LimitedOperation.REVIEW, address));

		MvcTestResult json = this.mvc.get()
			.uri("/review/not-a-token")
			.accept(MediaType.APPLICATION_JSON)
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
		assertThat(json).hasStatus(429);
		assertThat(retryAfter(json)).isBetween(1L, 3600L);

		MvcTestResult page = this.mvc.post()
			.uri("/review/not-a-token/approve")
			.param("name", "Carla Client")
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
		assertThat(page).hasStatus(429);
		assertThat(text(page)).contains("Too many review link requests in a short while; try again in");

		// Another address is not held back by this one.
		assertThat(this.mvc.get().uri("/review/not-a-token").accept(MediaType.APPLICATION_JSON)).hasStatus(404);
	}

	@Test
	void endedWindowsAreForgotten() {
		String ended = "test:" + UUID.randomUUID();
		String current = "test:" + UUID.randomUUID();
		insert(ended, 5, Instant.now().minus(Duration.ofDays(1)));
		insert(current, 5, Instant.now());

		new RateLimits(this.jdbc, Clock.systemUTC(), this.properties).forgetEndedWindows();

		assertThat(count(ended)).isZero();
		assertThat(count(current)).isOne();
	}

	/** Sets the key's window full from now; signing up already took a token, say. */
	private void fill(String key) {
		int updated = this.jdbc.sql("UPDATE rate_limit SET hits = :hits, window_start = :now WHERE limit_key = :key")
			.param("hits", TEST_LIMIT)
			.param("now", Timestamp.from(Instant.now()))
			.param("key", key)
			.update();
		if (updated == 0) {
			insert(key, TEST_LIMIT, Instant.now());
		}
	}

	private void insert(String key, int hits, Instant windowStart) {
		this.jdbc.sql("INSERT INTO rate_limit (limit_key, hits, window_start) VALUES (:key, :hits, :start)")
			.param("key", key)
			.param("hits", hits)
			.param("start", Timestamp.from(windowStart))
			.update();
	}

	private int hits(String key) {
		return this.jdbc.sql("SELECT hits FROM rate_limit WHERE limit_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	private long count(String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM rate_limit WHERE limit_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private static long retryAfter(MvcTestResult result) {
		return Long.parseLong(Optional.ofNullable(result.getResponse().getHeader("Retry-After")).orElse("-1"));
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
