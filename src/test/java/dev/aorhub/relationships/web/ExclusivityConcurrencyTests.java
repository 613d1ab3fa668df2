package dev.aorhub.relationships.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exclusivity holds under concurrent requests: of many simultaneous creates of
 * overlapping exclusive designations for one client, exactly one succeeds.
 */
class ExclusivityConcurrencyTests extends RelationshipsApiTestSupport {

	@LocalServerPort
	private int port;

	@Test
	void concurrentOverlappingExclusiveCreatesLetExactlyOneThrough() throws Exception {
		Account admin = signUp();
		UUID client = createClient(admin, "Race Condition Inc");
		UUID creative = category(admin, "Creative");
		int requests = 8;
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			bodies.add(toJson(with(designation(client, creative), "agencyName", (i == 0) ? null : "Agency " + i)));
		}
		HttpClient http = HttpClient.newHttpClient();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (String body : bodies) {
				Callable<Integer> call = () -> {
					HttpRequest request = HttpRequest
						.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/designations"))
						.header("Authorization", admin.bearer())
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
				};
				statuses.add(pool.submit(call));
			}
			start.countDown();
			List<Integer> codes = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				codes.add(status.get());
			}
			assertThat(codes).containsOnly(201, 409).filteredOn((code) -> code == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(body(get("/api/v1/designations?clientId=" + client, admin)).get("total").asLong()).isEqualTo(1);
	}

}
