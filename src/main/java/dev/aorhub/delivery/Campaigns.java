package dev.aorhub.delivery;

import java.util.List;
import java.util.UUID;

/**
 * The delivery module's campaigns and tasks for other modules (and delivery's own demo
 * data): each method one query, always inside one workspace.
 */
public interface Campaigns {

	/** The workspace's campaigns that are not archived, by client and start. */
	List<CampaignSummary> ofWorkspace(UUID workspaceId);

	/**
	 * A campaign's tasks that are not archived, by board column and position; empty for
	 * an unknown campaign.
	 */
	List<TaskSummary> tasksOf(UUID workspaceId, UUID campaignId);

}
