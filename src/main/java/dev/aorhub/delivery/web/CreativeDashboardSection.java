package dev.aorhub.delivery.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DashboardSection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The creative work waiting for the user's review on the home dashboard, overdue first: a
 * few of them, linking to the review queue for the rest. One bounded statement.
 */
@Component
@Order(45)
class CreativeDashboardSection implements DashboardSection {

	/** How many the card lists. */
	static final int SHOWN = 4;

	private final CreativeAssetQueries queries;

	private final WorkspaceClock clock;

	CreativeDashboardSection(CreativeAssetQueries queries, WorkspaceClock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public String title() {
		return "Waiting for my review";
	}

	@Override
	public String template() {
		return "delivery/asset-dashboard";
	}

	@Override
	public String fragment() {
		return "queue";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		LocalDate today = this.clock.today(user.workspaceId());
		// One more than shown says whether the queue has more.
		List<CreativeAssetQueries.Row> rows = this.queries.queueOf(user.workspaceId(), user.userId(), user.canApprove(),
				today, SHOWN + 1);
		return Map.of("assets", rows.subList(0, Math.min(SHOWN, rows.size())), "more", rows.size() > SHOWN, "overdue",
				rows.stream().filter((r) -> r.isOverdue(today)).count(), "today", today);
	}

}
