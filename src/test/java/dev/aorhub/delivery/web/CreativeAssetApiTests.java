package dev.aorhub.delivery.web;

import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.demo.CreativeSamples;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The creative assets contract: create, versions, proofing, the approval verbs (with and
 * without a body), the lock, review links (signed, expiring, one asset only), tenancy and
 * roles.
 */
class CreativeAssetApiTests extends CreativeApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsAnAssetUploadsVersionsWithThumbnailsAndLists() {
		Account admin = signUp();
		UUID campaign = campaign(admin);
		JsonNode created = create(ASSETS, admin,
				Map.of("campaignId", campaign, "name", "Spring hero banner", "kind", "image"));
		UUID id = UUID.fromString(created.get("id").asString());
		assertThat(created.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(created.get("currentVersion").asInt()).isZero();
		assertThat(created.get("brandId").isNull()).isTrue();
		assertThat(created.get("version").asLong()).isZero();

		MvcTestResult first = upload(admin, id, png("v1.png"), "First cut");
		assertThat(first).as(text(first)).hasStatus(201);
		assertThat(body(first).get("number").asInt()).isEqualTo(1);
		assertThat(body(first).get("notes").asString()).isEqualTo("First cut");
		assertThat(upload(admin, id, png("v2.png"), null)).hasStatus(201);

		JsonNode asset = body(get(ASSETS + "/" + id, admin));
		assertThat(asset.get("currentVersion").asInt()).isEqualTo(2);
		assertThat(asset.get("versions")).hasSize(2);
		MvcTestResult file = get(ASSETS + "/" + id + "/versions/2/file", admin);
		assertThat(file).hasStatus(200).hasContentType("image/png");
		assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
		MvcTestResult thumbnail = get(ASSETS + "/" + id + "/versions/1/thumbnail", admin);
		assertThat(thumbnail).hasStatus(200).hasContentType("image/png");
		assertThat(get(ASSETS + "/" + id + "/versions/3/file", admin)).hasStatus(404);
		assertThat(body(get(ASSETS + "/" + id + "/versions", admin))).hasSize(2);

		assertThat(ids(get(ASSETS + "?campaignId=" + campaign + "&status=IN_PROGRESS&kind=IMAGE&q=hero", admin)))
			.containsExactly(id.toString());
		assertThat(ids(get(ASSETS + "?status=APPROVED", admin))).isEmpty();
		MvcTestResult csv = get(ASSETS + "/export?format=csv&campaignId=" + campaign, admin);
		assertThat(csv).hasStatus(200);
		assertThat(csv.getResponse().getContentAsByteArray()).asString().contains("Spring hero banner");
		assertThat(get(ASSETS + "/export?format=xlsx", admin)).hasStatus(200);
	}

	@Test
	void theApprovalVerbsWorkWithoutABodyAndLockTheApprovedVersion() {
		Account admin = signUp();
		UUID id = assetWithVersion(admin);
		MvcTestResult submitted = bodiless(ASSETS + "/" + id + "/submit", admin);
		assertThat(submitted).as(text(submitted)).hasStatus(200);
		assertThat(body(submitted).get("status").asString()).isEqualTo("INTERNAL_REVIEW");
		assertThat(body(submitted).get("dueDate").isNull()).isFalse();
		assertThat(upload(admin, id, png("during.png"), null)).hasStatus(409);

		assertThat(bodiless(ASSETS + "/" + id + "/submit", admin)).hasStatus(409);
		MvcTestResult sent = bodiless(ASSETS + "/" + id + "/send-to-client", admin);
		assertThat(body(sent).get("status").asString()).isEqualTo("CLIENT_REVIEW");
		MvcTestResult approved = bodiless(ASSETS + "/" + id + "/approve", admin);
		assertThat(approved).as(text(approved)).hasStatus(200);
		JsonNode asset = body(approved);
		assertThat(asset.get("status").asString()).isEqualTo("APPROVED");
		assertThat(asset.get("approvedVersion").asInt()).isEqualTo(1);
		assertThat(asset.get("approvedBy").asString()).isEqualTo("Ada Admin");
		assertThat(asset.get("decisions")).hasSize(2);

		MvcTestResult locked = upload(admin, id, png("late.png"), null);
		assertThat(locked).hasStatus(409);
		assertThat(problemType(locked)).endsWith("asset-locked");
		MvcTestResult put = putJson(ASSETS + "/" + id, admin, Map.of("campaignId", asset.get("campaignId").asString(),
				"name", "Renamed", "kind", "IMAGE", "version", asset.get("version").asLong()));
		assertThat(put).hasStatus(409);
		assertThat(bodiless(ASSETS + "/" + id + "/request-changes", admin)).hasStatus(422);
		assertThat(postJson(ASSETS + "/" + id + "/request-changes", admin, Map.of("comment", "late"))).hasStatus(409);
		assertThat(auditActions(admin, id)).containsSubsequence("CREATED", "VERSION_ADDED", "SUBMITTED",
				"SENT_TO_CLIENT", "APPROVED");
	}

	@Test
	void requestingChangesNeedsACommentAndANewVersionReturnsToProgress() {
		Account admin = signUp();
		UUID id = assetWithVersion(admin);
		bodiless(ASSETS + "/" + id + "/submit", admin);
		MvcTestResult blank = postJson(ASSETS + "/" + id + "/request-changes", admin, Map.of("comment", "  "));
		assertThat(blank).hasStatus(422);
		assertThat(problemFields(blank)).containsExactly("comment");
		MvcTestResult changes = postJson(ASSETS + "/" + id + "/request-changes", admin,
				Map.of("comment", "Make the logo bigger"));
		assertThat(body(changes).get("status").asString()).isEqualTo("CHANGES_REQUESTED");
		assertThat(upload(admin, id, png("v2.png"), "Bigger logo")).hasStatus(201);
		assertThat(body(get(ASSETS + "/" + id, admin)).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(bodiless(ASSETS + "/" + id + "/approve", admin)).hasStatus(409);
	}

	@Test
	void roundsNameTheirReviewersAndDueDates() {
		Account admin = signUp();
		Account creative = createUser(admin, "CREATIVE");
		UUID id = assetWithVersion(admin);
		String due = java.time.LocalDate.now().plusDays(4).toString();
		MvcTestResult submitted = postJson(ASSETS + "/" + id + "/submit", admin,
				Map.of("reviewerIds", List.of(creative.userId()), "dueDate", due));
		assertThat(submitted).as(text(submitted)).hasStatus(200);
		JsonNode asset = body(submitted);
		assertThat(asset.get("dueDate").asString()).isEqualTo(due);
		assertThat(asset.get("reviewers").get(0).get("userId").asString()).isEqualTo(creative.userId().toString());
		assertThat(asset.get("reviewers").get(0).get("name").asString()).isEqualTo("Una User");

		MvcTestResult wrong = postJson(ASSETS + "/" + id + "/send-to-client", admin,
				Map.of("reviewerIds", List.of(UUID.randomUUID()), "dueDate", "2020-01-01", "clientReviewers",
						List.of(Map.of("name", "", "email", "not-an-email"))));
		assertThat(wrong).hasStatus(422);
		assertThat(problemFields(wrong)).contains("dueDate", "reviewerIds", "clientReviewers[0].email");

		MvcTestResult sent = postJson(ASSETS + "/" + id + "/send-to-client", admin,
				Map.of("clientReviewers", List.of(Map.of("name", "Dana Client", "email", "dana@client.example"))));
		assertThat(body(sent).get("reviewers").get(0).get("name").asString()).isEqualTo("Dana Client");
		assertThat(body(sent).get("rounds")).hasSize(2);
	}

	@Test
	void commentsArePinnedValidatedResolvedAndReopened() {
		Account admin = signUp();
		UUID id = assetWithVersion(admin);
		String comments = ASSETS + "/" + id + "/versions/1/comments";
		MvcTestResult pinned = postJson(comments, admin, Map.of("body", "Logo too small", "x", 0.25, "y", "0.5"));
		assertThat(pinned).as(text(pinned)).hasStatus(201);
		String commentId = body(pinned).get("id").asString();
		assertThat(body(pinned).get("x").decimalValue()).isEqualByComparingTo("0.25");
		assertThat(postJson(comments, admin, Map.of("body", "General"))).hasStatus(201);

		MvcTestResult outOfRange = postJson(comments, admin, Map.of("body", "", "x", 1.5, "y", -1, "page", 0));
		assertThat(outOfRange).hasStatus(422);
		assertThat(problemFields(outOfRange)).contains("body", "x", "y", "page");
		MvcTestResult notANumber = postJson(comments, admin, Map.of("body", "b", "x", "left", "y", 0.2));
		assertThat(notANumber).hasStatus(422);
		assertThat(problemFields(notANumber)).contains("x");
		assertThat(postJson(ASSETS + "/" + id + "/versions/9/comments", admin, Map.of("body", "b"))).hasStatus(404);

		MvcTestResult resolved = bodiless(ASSETS + "/" + id + "/comments/" + commentId + "/resolve", admin);
		assertThat(body(resolved).get("resolved").asBoolean()).isTrue();
		MvcTestResult reopened = bodiless(ASSETS + "/" + id + "/comments/" + commentId + "/reopen", admin);
		assertThat(body(reopened).get("resolved").asBoolean()).isFalse();
		assertThat(body(get(comments, admin))).hasSize(2);
	}

	@Test
	void badUploadsAre422AndTooLargeIs413() {
		Account admin = signUp();
		UUID id = UUID.fromString(
				create(ASSETS, admin, Map.of("campaignId", campaign(admin), "name", "Film", "kind", "VIDEO")).get("id")
					.asString());
		MvcTestResult empty = upload(admin, id, new MockMultipartFile("file", "empty.mp4", "video/mp4", new byte[0]),
				null);
		assertThat(empty).hasStatus(422);
		assertThat(problemFields(empty)).containsExactly("file");
		MvcTestResult wrongKind = upload(admin, id, png("still.png"), null);
		assertThat(wrongKind).hasStatus(422);
		assertThat(problemFields(wrongKind)).containsExactly("file");
		MvcTestResult disguised = upload(admin, id,
				new MockMultipartFile("file", "film.mp4", "video/mp4", "<html><script>x</script></html>".getBytes()),
				null);
		assertThat(disguised).hasStatus(422);
		MvcTestResult missing = this.mvc.post()
			.uri(ASSETS + "/" + id + "/versions")
			.multipart()
			.param("notes", "no file")
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.exchange();
		assertThat(missing).hasStatus(422);
		MockMultipartFile huge = new MockMultipartFile("file", "huge.mp4", "video/mp4", new byte[16]) {
			@Override
			public long getSize() {
				return 201L * 1024 * 1024;
			}
		};
		assertThat(upload(admin, id, huge, null)).hasStatus(413);
	}

	@Test
	void aBrandMustBeOneOfTheCampaignsClient() {
		Account admin = signUp();
		UUID campaign = campaign(admin);
		UUID otherClient = client(admin, "Other client");
		UUID foreignBrand = created("/api/v1/clients/" + otherClient + "/brands", admin, Map.of("name", "Foreign"));
		MvcTestResult wrong = postJson(ASSETS, admin,
				Map.of("campaignId", campaign, "brandId", foreignBrand, "name", "Banner", "kind", "IMAGE"));
		assertThat(wrong).hasStatus(422);
		assertThat(problemFields(wrong)).containsExactly("brandId");
		MvcTestResult missing = postJson(ASSETS, admin, Map.of("kind", "SCULPTURE"));
		assertThat(missing).hasStatus(422);
		assertThat(problemFields(missing)).contains("campaignId", "name", "kind");
		UUID client = UUID.fromString(body(get("/api/v1/campaigns/" + campaign, admin)).get("clientId").asString());
		UUID brand = created("/api/v1/clients/" + client + "/brands", admin, Map.of("name", "Lumen Cold Brew"));
		JsonNode asset = create(ASSETS, admin,
				Map.of("campaignId", campaign, "brandId", brand, "name", "Banner", "kind", "IMAGE"));
		assertThat(asset.get("brandId").asString()).isEqualTo(brand.toString());
		assertThat(ids(get(ASSETS + "?brandId=" + brand, admin))).containsExactly(asset.get("id").asString());

		MvcTestResult stale = putJson(ASSETS + "/" + asset.get("id").asString(), admin,
				Map.of("campaignId", campaign, "name", "Renamed", "kind", "IMAGE", "version", 7));
		assertThat(stale).hasStatus(409);
		MvcTestResult renamed = putJson(ASSETS + "/" + asset.get("id").asString(), admin,
				Map.of("campaignId", campaign, "name", "Renamed", "kind", "IMAGE", "version", 0));
		assertThat(body(renamed).get("name").asString()).isEqualTo("Renamed");
		assertThat(delete(ASSETS + "/" + asset.get("id").asString(), admin)).hasStatus(204);
		assertThat(body(get(ASSETS + "/" + asset.get("id").asString(), admin)).get("archived").asBoolean()).isTrue();
	}

	@Test
	void anotherWorkspacesAssetIs404AndAViewerCannotUpload() {
		Account admin = signUp();
		UUID id = assetWithVersion(admin);
		Account stranger = signUp();
		assertThat(get(ASSETS + "/" + id, stranger)).hasStatus(404);
		assertThat(get(ASSETS + "/" + id + "/versions/1/file", stranger)).hasStatus(404);
		assertThat(upload(stranger, id, png("x.png"), null)).hasStatus(404);
		assertThat(bodiless(ASSETS + "/" + id + "/submit", stranger)).hasStatus(404);
		assertThat(bodiless(ASSETS + "/" + id + "/review-links", stranger)).hasStatus(404);
		assertThat(ids(get(ASSETS, stranger))).isEmpty();

		Account viewer = createUser(admin, "VIEWER");
		assertThat(upload(viewer, id, png("x.png"), null)).hasStatus(403);
		assertThat(get(ASSETS + "/" + id, viewer)).hasStatus(200);
		Account creative = createUser(admin, "CREATIVE");
		bodiless(ASSETS + "/" + id + "/submit", admin);
		assertThat(bodiless(ASSETS + "/" + id + "/approve", creative)).hasStatus(403);
	}

	@Test
	void aReviewLinkShowsOnlyItsAssetAndClosesOnceApproved() throws Exception {
		Account admin = signUp();
		UUID id = assetWithVersion(admin);
		postJson(ASSETS + "/" + id + "/versions/1/comments", admin,
				Map.of("body", "Check the price", "x", 0.4, "y", 0.6));
		assertThat(bodiless(ASSETS + "/" + id + "/review-links", admin)).hasStatus(409);
		bodiless(ASSETS + "/" + id + "/submit", admin);
		bodiless(ASSETS + "/" + id + "/send-to-client", admin);

		MvcTestResult issued = bodiless(ASSETS + "/" + id + "/review-links", admin);
		assertThat(issued).as(text(issued)).hasStatus(201);
		String url = body(issued).get("url").asString();
		Instant expiresAt = Instant.parse(body(issued).get("expiresAt").asString());
		assertThat(Duration.between(Instant.now(), expiresAt).toDays()).isBetween(6L, 7L);
		String path = url.substring(url.indexOf("/review/"));

		MvcTestResult json = this.mvc.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(json).as(text(json)).hasStatus(200);
		assertThat(json.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(json.getRequest().getSession(false)).isNull();
		JsonNode shown = body(json);
		assertThat(shown.get("name").asString()).isEqualTo("Hero banner");
		assertThat(shown.get("currentVersion").get("number").asInt()).isEqualTo(1);
		assertThat(shown.get("comments").get(0).get("body").asString()).isEqualTo("Check the price");
		String everything = json.getResponse().getContentAsString();
		assertThat(everything).doesNotContain(id.toString())
			.doesNotContain(admin.workspaceId().toString())
			.doesNotContain(admin.userId().toString());
		assertThat(this.mvc.get().uri(path + "/file").exchange()).hasStatus(200).hasContentType("image/png");
		MvcTestResult html = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(html).hasStatus(200);
		assertThat(html.getResponse().getContentAsString()).contains("Hero banner").doesNotContain("/campaigns/");

		MvcTestResult blank = this.mvc.post()
			.uri(path + "/request-changes")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		assertThat(blank).hasStatus(422);
		assertThat(problemFields(blank)).containsExactly("comment");

		MvcTestResult approved = this.mvc.post()
			.uri(path + "/approve")
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("name", "Dana Client", "comment", "Go")))
			.exchange();
		assertThat(approved).as(text(approved)).hasStatus(200);
		assertThat(body(approved).get("status").asString()).isEqualTo("APPROVED");
		JsonNode asset = body(get(ASSETS + "/" + id, admin));
		assertThat(asset.get("approvedBy").asString()).isEqualTo("Dana Client (client via review link)");
		assertThat(asset.get("decisions").get(1).get("viaLink").asBoolean()).isTrue();
		JsonNode audit = body(get("/api/v1/audit?entityId=" + id + "&sort=occurredAt,asc", admin)).get("items");
		assertThat(audit.get(audit.size() - 1).get("summary").asString())
			.contains("Dana Client (client via review link)");

		assertThat(this.mvc.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange()).hasStatus(404);
		assertThat(this.mvc.post().uri(path + "/approve").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri(path + "/file").exchange()).hasStatus(404);
	}

	@Test
	void aBodilessApprovalThroughTheLinkWorksAndTamperedOrExpiredLinksAre404() {
		Account admin = signUp();
		UUID id = inClientReview(admin);
		String path = linkPath(admin, id, Map.of());
		char last = path.charAt(path.length() - 1);
		String tampered = path.substring(0, path.length() - 1) + ((last == 'A') ? 'B' : 'A');
		assertThat(this.mvc.get().uri(tampered).accept(MediaType.APPLICATION_JSON).exchange()).hasStatus(404);
		assertThat(this.mvc.post().uri(tampered + "/approve").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/review/not-a-token").accept(MediaType.APPLICATION_JSON).exchange())
			.hasStatus(404);

		// A link whose expiry has passed, signed exactly as a live one is.
		UUID expired = UUID.randomUUID();
		Instant past = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		this.jdbc.sql("""
				INSERT INTO creative_review_link (workspace_id, id, asset_id, expires_at, created_by, revoked,
				    created_at, updated_at, version)
				VALUES (:workspaceId, :id, :assetId, :expiresAt, NULL, FALSE, :now, :now, 0)
				""")
			.param("workspaceId", admin.workspaceId())
			.param("id", expired)
			.param("assetId", id)
			.param("expiresAt", OffsetDateTime.ofInstant(past, ZoneOffset.UTC))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		String expiredPath = "/review/" + this.signer.signer().sign(expired, id, past);
		assertThat(this.mvc.get().uri(expiredPath).accept(MediaType.APPLICATION_JSON).exchange()).hasStatus(404);

		MvcTestResult bodiless = this.mvc.post().uri(path + "/approve").exchange();
		assertThat(bodiless).as(text(bodiless)).hasStatus(200);
		assertThat(body(get(ASSETS + "/" + id, admin)).get("approvedBy").asString())
			.isEqualTo("Client reviewer (client via review link)");
	}

	@Test
	void aLinksExpiryIsInTheFutureAndAtMostNinetyDays() {
		Account admin = signUp();
		UUID id = inClientReview(admin);
		MvcTestResult past = postJson(ASSETS + "/" + id + "/review-links", admin,
				Map.of("expiresAt", "2020-01-01T00:00:00Z"));
		assertThat(past).hasStatus(422);
		assertThat(problemFields(past)).containsExactly("expiresAt");
		MvcTestResult far = postJson(ASSETS + "/" + id + "/review-links", admin,
				Map.of("expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(91).toString()));
		assertThat(far).hasStatus(422);
		MvcTestResult garbled = postJson(ASSETS + "/" + id + "/review-links", admin, Map.of("expiresAt", "soon"));
		assertThat(garbled).hasStatus(422);
		assertThat(problemFields(garbled)).containsExactly("expiresAt");
		String in30 = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString();
		MvcTestResult ok = postJson(ASSETS + "/" + id + "/review-links", admin, Map.of("expiresAt", in30));
		assertThat(ok).hasStatus(201);
		assertThat(Instant.parse(body(ok).get("expiresAt").asString()))
			.isEqualTo(OffsetDateTime.parse(in30).toInstant());
	}

	@Test
	void aLinkOfOneWorkspaceNeverOpensAnotherWorkspacesAsset() {
		Account a = signUp();
		Account b = signUp();
		UUID assetA = inClientReview(a);
		UUID assetB = inClientReview(b);
		String pathA = linkPath(a, assetA, Map.of());
		JsonNode shown = body(this.mvc.get().uri(pathA).accept(MediaType.APPLICATION_JSON).exchange());
		assertThat(shown.toString()).doesNotContain(assetB.toString()).doesNotContain(b.workspaceId().toString());
		// A's link id signed for B's asset: the row says A's asset, so the signature
		// fails.
		String token = pathA.substring("/review/".length());
		UUID linkA = this.signer.signer().parse(token).orElseThrow().linkId();
		String forged = "/review/" + this.signer.signer().sign(linkA, assetB, Instant.now().plusSeconds(3600));
		assertThat(this.mvc.get().uri(forged).accept(MediaType.APPLICATION_JSON).exchange()).hasStatus(404);
		assertThat(body(get(ASSETS + "/" + assetB, b)).get("status").asString()).isEqualTo("CLIENT_REVIEW");
	}

	@Autowired
	dev.aorhub.delivery.application.ReviewLinkKey signer;

	private String linkPath(Account account, UUID id, Map<String, Object> request) {
		MvcTestResult issued = postJson(ASSETS + "/" + id + "/review-links", account, request);
		assertThat(issued).as(text(issued)).hasStatus(201);
		String url = body(issued).get("url").asString();
		return url.substring(url.indexOf("/review/"));
	}

	private UUID inClientReview(Account account) {
		UUID id = assetWithVersion(account);
		assertThat(bodiless(ASSETS + "/" + id + "/submit", account)).hasStatus(200);
		assertThat(bodiless(ASSETS + "/" + id + "/send-to-client", account)).hasStatus(200);
		return id;
	}

}
