package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.aorhub.SqlStatementCounter;
import dev.aorhub.SqlStatementCounter.Counted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An asset's page and answer, and the assets list, run as many statements for an asset
 * with many versions, comments, rounds and decisions (or many assets) as for few: no
 * statement per version, comment, round or reviewer. The counter and properties are those
 * of the other counts, so all share one context.
 */
@Import(SqlStatementCounter.Configuration.class)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class CreativeStatementCountTests extends CreativeApiTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Test
	void anAssetsPageAndAnswerAreBoundedWhateverItsHistory() {
		Account admin = signUp();
		Account reviewer = createUser(admin, "CREATIVE");
		UUID small = assetWithVersion(admin);
		comment(admin, small, 1);
		postJson(ASSETS + "/" + small + "/submit", admin, Map.of("reviewerIds", java.util.List.of(admin.userId())));
		UUID large = assetWithVersion(admin);
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 3; i++) {
				comment(admin, large, round + 1);
			}
			postJson(ASSETS + "/" + large + "/submit", admin,
					Map.of("reviewerIds", java.util.List.of(admin.userId(), reviewer.userId())));
			postJson(ASSETS + "/" + large + "/request-changes", admin, Map.of("comment", "Again"));
			upload(admin, large, png("next.png"), "next");
		}
		bodiless(ASSETS + "/" + large + "/submit", admin);
		getPage("/assets/" + small, admin);

		Counted<MvcTestResult> pageSmall = count(() -> getPage("/assets/" + small + "?v=1", admin));
		Counted<MvcTestResult> pageLarge = count(() -> getPage("/assets/" + large + "?v=1", admin));
		Counted<MvcTestResult> apiSmall = count(() -> get(ASSETS + "/" + small, admin));
		Counted<MvcTestResult> apiLarge = count(() -> get(ASSETS + "/" + large, admin));

		assertThat(pageLarge.result()).hasStatusOk();
		assertThat(body(apiLarge.result()).get("versions")).hasSize(4);
		assertThat(body(apiLarge.result()).get("rounds")).hasSize(4);
		assertThat(pageLarge.count()).as(pageLarge.listing()).isEqualTo(pageSmall.count());
		assertThat(apiLarge.count()).as(apiLarge.listing()).isEqualTo(apiSmall.count());
	}

	@Test
	void theAssetsListAndTheReviewQueueRunAsManyStatementsForSixAssetsAsForTwo() throws Exception {
		Account admin = signUp();
		for (int i = 0; i < 2; i++) {
			postJson(ASSETS + "/" + assetWithVersion(admin) + "/submit", admin,
					Map.of("reviewerIds", java.util.List.of(admin.userId())));
		}
		getPage("/assets", admin);
		Counted<MvcTestResult> listSmall = count(() -> get(ASSETS, admin));
		Counted<MvcTestResult> pageSmall = count(() -> getPage("/assets", admin));
		Counted<MvcTestResult> queueSmall = count(() -> getPage("/review-queue", admin));
		for (int i = 0; i < 4; i++) {
			postJson(ASSETS + "/" + assetWithVersion(admin) + "/submit", admin,
					Map.of("reviewerIds", java.util.List.of(admin.userId())));
		}
		Counted<MvcTestResult> listLarge = count(() -> get(ASSETS, admin));
		Counted<MvcTestResult> pageLarge = count(() -> getPage("/assets", admin));
		Counted<MvcTestResult> queueLarge = count(() -> getPage("/review-queue", admin));

		assertThat(body(listLarge.result()).get("items")).hasSize(6);
		assertThat(listLarge.count()).as(listLarge.listing()).isEqualTo(listSmall.count());
		assertThat(pageLarge.count()).as(pageLarge.listing()).isEqualTo(pageSmall.count());
		assertThat(queueLarge.count()).as(queueLarge.listing()).isEqualTo(queueSmall.count());
		assertThat(queueLarge.result().getResponse().getContentAsString()).contains("Hero banner");
	}

	private void comment(Account admin, UUID asset, int version) {
		assertThat(postJson(ASSETS + "/" + asset + "/versions/" + version + "/comments", admin,
				Map.of("body", "Note", "x", new BigDecimal("0.5"), "y", new BigDecimal("0.5"))))
			.hasStatus(201);
	}

	private <T> Counted<T> count(Supplier<T> work) {
		return this.counter.count(work);
	}

}
