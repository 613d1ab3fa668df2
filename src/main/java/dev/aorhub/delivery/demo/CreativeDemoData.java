package dev.aorhub.delivery.demo;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.BrandSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.application.CreativeAssetRequest;
import dev.aorhub.delivery.application.CreativeAssetService;
import dev.aorhub.delivery.application.ProofCommentRequest;
import dev.aorhub.delivery.application.ProofCommentService;
import dev.aorhub.delivery.application.ReviewDecisionRequest;
import dev.aorhub.delivery.application.ReviewLinkRequest;
import dev.aorhub.delivery.application.ReviewLinkService;
import dev.aorhub.delivery.application.ReviewRoundRequest;
import dev.aorhub.delivery.domain.CreativeAsset;
import dev.aorhub.delivery.domain.ProofComment;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creative work on the first demo campaigns, after the campaigns (order 40): an asset in
 * every state of its approval, with one to three versions of real (generated) banners and
 * PDFs, pinned comments (some resolved), review rounds with their decisions, one approved
 * by the client through a review link and locked, one in client review with a live link,
 * and an internal review that is overdue, so the review queue has something on top.
 */
@Component
class CreativeDemoData {

	private static final Logger log = LoggerFactory.getLogger(CreativeDemoData.class);

	private static final Color NAVY = new Color(28, 52, 110);

	private static final Color TEAL = new Color(0, 150, 160);

	private static final Color CORAL = new Color(230, 95, 80);

	private static final Color GOLD = new Color(240, 180, 60);

	private final JdbcClient jdbc;

	private final Clients clients;

	private final CreativeAssetService assets;

	private final ProofCommentService comments;

	private final ReviewLinkService links;

	private final WorkspaceClock clock;

	CreativeDemoData(JdbcClient jdbc, Clients clients, CreativeAssetService assets, ProofCommentService comments,
			ReviewLinkService links, WorkspaceClock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.assets = assets;
		this.comments = comments;
		this.links = links;
		this.clock = clock;
	}

	private record DemoCampaign(UUID id, UUID clientId, UUID ownerId) {
	}

	@EventListener
	@Order(42)
	void on(DemoWorkspaceCreated event) {
		CurrentUser admin = event.admin();
		UUID workspaceId = admin.workspaceId();
		List<DemoCampaign> campaigns = this.jdbc.sql("""
				SELECT id, client_id, owner_id FROM campaign
				WHERE workspace_id = :workspaceId AND archived = FALSE AND status IN ('LIVE', 'PLANNING', 'PAUSED')
				ORDER BY created_at, id
				LIMIT 3
				""")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> new DemoCampaign(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("owner_id", UUID.class)))
			.list();
		if (campaigns.isEmpty()) {
			return;
		}
		List<UUID> reviewers = new ArrayList<>();
		reviewers.add(admin.userId());
		DemoCampaign first = campaigns.get(0);
		DemoCampaign second = campaigns.get(Math.min(1, campaigns.size() - 1));
		DemoCampaign third = campaigns.get(Math.min(2, campaigns.size() - 1));

		approvedThroughALink(admin, first);
		inClientReviewWithALiveLink(admin, second);
		overdueInternalReview(admin, first, reviewers);
		changesRequested(admin, third);
		inProgress(admin, second);
		log.info("Demo creative: 5 assets in every review state on {} campaigns", campaigns.size());
	}

	private void approvedThroughALink(CurrentUser admin, DemoCampaign campaign) {
		CreativeAsset asset = create(admin, campaign, "Spring hero banner 1200×628", AssetKind.IMAGE);
		upload(admin, asset, "hero-v1.png", banner("Mornings, brewed", NAVY, TEAL), "First cut for the spring launch");
		ProofComment logo = comment(admin, asset, 1, "The logo sits too close to the edge", "0.82", "0.18", null);
		this.comments.resolve(admin, asset.getId(), logo.getId());
		submit(admin, asset, List.of(admin.userId()));
		this.assets.requestChanges(admin, asset.getId(),
				new ReviewDecisionRequest("Give the headline more room and move the logo in", null), List.of());
		upload(admin, asset, "hero-v2.png", banner("Mornings, cold brewed", NAVY, TEAL),
				"More room for the headline; logo moved in");
		comment(admin, asset, 2, "Button colour matches the brand palette now", "0.2", "0.7", null);
		submit(admin, asset, List.of(admin.userId()));
		sendToClient(admin, asset, "Dana Okafor", "dana.okafor@client.example");
		String token = token(admin, asset);
		this.links.approve(token, new ReviewDecisionRequest("Lovely, approved for launch.", "Dana Okafor"), List.of());
	}

	private void inClientReviewWithALiveLink(CurrentUser admin, DemoCampaign campaign) {
		CreativeAsset asset = create(admin, campaign, "Display leaderboard 728×90", AssetKind.IMAGE);
		upload(admin, asset, "leaderboard-v1.png", wide("Taste the season", CORAL, GOLD), null);
		comment(admin, asset, 1, "Price claim needs the legal line", "0.7", "0.5", null);
		submit(admin, asset, List.of(admin.userId()));
		this.assets.requestChanges(admin, asset.getId(), new ReviewDecisionRequest("Add the legal line", null),
				List.of());
		upload(admin, asset, "leaderboard-v2.png", wide("Taste the season*", CORAL, GOLD), "Legal line added");
		upload(admin, asset, "leaderboard-v3.png", wide("Taste the season*", new Color(200, 70, 70), GOLD),
				"Warmer red, as the brand book asks");
		submit(admin, asset, List.of(admin.userId()));
		sendToClient(admin, asset, "Sam Whitfield", null);
		token(admin, asset);
	}

	private void overdueInternalReview(CurrentUser admin, DemoCampaign campaign, List<UUID> reviewers) {
		CreativeAsset asset = create(admin, campaign, "Social carousel card 1080×1080", AssetKind.IMAGE);
		upload(admin, asset, "carousel-v1.png",
				CreativeSamples.banner(1080, 1080, TEAL, NAVY, "Five ways to brew", "Swipe"), "Card one of five");
		comment(admin, asset, 1, "Can we try a lighter background?", "0.5", "0.3", null);
		comment(admin, asset, 1, "Copy approved by the strategist", null, null, null);
		submit(admin, asset, reviewers);
		// The demo's history: the round was due two days ago.
		this.jdbc.sql("""
				UPDATE creative_review_round SET due_date = :due
				WHERE workspace_id = :workspaceId AND asset_id = :assetId AND closed_at IS NULL
				""")
			.param("due", this.clock.today(admin.workspaceId()).minusDays(2))
			.param("workspaceId", admin.workspaceId())
			.param("assetId", asset.getId())
			.update();
	}

	private void changesRequested(CurrentUser admin, DemoCampaign campaign) {
		CreativeAsset asset = create(admin, campaign, "Radio script 30s", AssetKind.COPY);
		upload(admin, asset, "radio-script-v1.pdf", CreativeSamples.pdf("Radio script: 30 seconds",
				"SFX: a kettle. VO: Every morning starts somewhere.", "VO: Make yours count. Logo and tagline."),
				"Draft for the read-through", "application/pdf");
		comment(admin, asset, 1, "The tagline should close the spot, not open it", null, null, 2);
		submit(admin, asset, List.of(admin.userId()));
		this.assets.requestChanges(admin, asset.getId(),
				new ReviewDecisionRequest("Move the tagline to the end and cut five seconds", null), List.of());
	}

	private void inProgress(CurrentUser admin, DemoCampaign campaign) {
		CreativeAsset asset = create(admin, campaign, "Trade brochure", AssetKind.DOCUMENT);
		upload(admin, asset, "brochure-v1.pdf", CreativeSamples.pdf("Trade brochure", "Our story.",
				"The range, season by season.", "Where to find us."), "Layout only, copy to follow", "application/pdf");
	}

	private CreativeAsset create(CurrentUser admin, DemoCampaign campaign, String name, AssetKind kind) {
		UUID brand = this.clients.brands(admin.workspaceId(), campaign.clientId())
			.stream()
			.findFirst()
			.map(BrandSummary::id)
			.orElse(null);
		return this.assets.create(admin, new CreativeAssetRequest(campaign.id(), brand, name, kind, null), List.of());
	}

	private void upload(CurrentUser admin, CreativeAsset asset, String name, byte[] png, String notes) {
		upload(admin, asset, name, png, notes, "image/png");
	}

	private void upload(CurrentUser admin, CreativeAsset asset, String name, byte[] bytes, String notes, String type) {
		this.assets.addVersion(admin, asset.getId(), new DemoUpload(name, type, bytes), notes);
	}

	private ProofComment comment(CurrentUser admin, CreativeAsset asset, int version, String body, String x, String y,
			Integer page) {
		return this.comments.add(admin, asset.getId(), version, new ProofCommentRequest(body,
				(x != null) ? new BigDecimal(x) : null, (y != null) ? new BigDecimal(y) : null, page), List.of());
	}

	private void submit(CurrentUser admin, CreativeAsset asset, List<UUID> reviewers) {
		LocalDate due = this.clock.today(admin.workspaceId()).plusDays(2);
		this.assets.submit(admin, asset.getId(), new ReviewRoundRequest(reviewers, null, due), List.of());
	}

	private void sendToClient(CurrentUser admin, CreativeAsset asset, String name, String email) {
		LocalDate due = this.clock.today(admin.workspaceId()).plusDays(5);
		this.assets.sendToClient(admin, asset.getId(), new ReviewRoundRequest(List.of(admin.userId()),
				List.of(new ReviewRoundRequest.ClientReviewer(name, email)), due), List.of());
	}

	private String token(CurrentUser admin, CreativeAsset asset) {
		String path = this.links.create(admin, asset.getId(), ReviewLinkRequest.DEFAULTS, List.of()).path();
		return path.substring(ReviewLinkService.PATH.length());
	}

	private static byte[] banner(String headline, Color from, Color to) {
		return CreativeSamples.banner(1200, 628, from, to, headline, "Find a café");
	}

	private static byte[] wide(String headline, Color from, Color to) {
		return CreativeSamples.banner(728, 90, from, to, headline, "Shop");
	}

}
