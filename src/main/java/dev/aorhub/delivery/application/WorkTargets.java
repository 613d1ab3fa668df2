package dev.aorhub.delivery.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campaigns and tasks time is logged against, as time tracking needs to know them:
 * their client, SOW and campaign. Plain SQL on the module's own tables, so time does not
 * depend on how the campaign and task aggregates are built.
 */
@Component
public class WorkTargets {

	/** A campaign's client and SOW (null when it runs under none). */
	public record CampaignTarget(UUID id, UUID clientId, UUID sowId, String name) {
	}

	/** A task and the campaign it belongs to. */
	public record TaskTarget(UUID id, UUID campaignId, String title) {
	}

	private final JdbcClient jdbc;

	WorkTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CampaignTarget> campaign(UUID workspaceId, UUID campaignId) {
		return this.jdbc.sql("""
				SELECT id, client_id, sow_id, name FROM campaign WHERE workspace_id = :workspaceId AND id = :id
				""")
			.param("workspaceId", workspaceId)
			.param("id", campaignId)
			.query((rs, n) -> new CampaignTarget(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("sow_id", UUID.class), rs.getString("name")))
			.optional();
	}

	public Optional<TaskTarget> task(UUID workspaceId, UUID taskId) {
		return this.jdbc.sql("""
				SELECT id, campaign_id, title FROM task WHERE workspace_id = :workspaceId AND id = :id
				""")
			.param("workspaceId", workspaceId)
			.param("id", taskId)
			.query((rs, n) -> new TaskTarget(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
					rs.getString("title")))
			.optional();
	}

	/** The campaigns with these ids, in one query; unknown ids are absent. */
	public Map<UUID, CampaignTarget> campaigns(UUID workspaceId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<CampaignTarget> found = this.jdbc.sql("""
				SELECT id, client_id, sow_id, name FROM campaign WHERE workspace_id = :workspaceId AND id IN (:ids)
				""")
			.param("workspaceId", workspaceId)
			.param("ids", Set.copyOf(ids))
			.query((rs, n) -> new CampaignTarget(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("sow_id", UUID.class), rs.getString("name")))
			.list();
		return found.stream().collect(Collectors.toMap(CampaignTarget::id, (c) -> c));
	}

	/** The tasks with these ids, in one query; unknown ids are absent. */
	public Map<UUID, TaskTarget> tasks(UUID workspaceId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<TaskTarget> found = this.jdbc.sql("""
				SELECT id, campaign_id, title FROM task WHERE workspace_id = :workspaceId AND id IN (:ids)
				""")
			.param("workspaceId", workspaceId)
			.param("ids", Set.copyOf(ids))
			.query((rs, n) -> new TaskTarget(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
					rs.getString("title")))
			.list();
		return found.stream().collect(Collectors.toMap(TaskTarget::id, (t) -> t));
	}

	/**
	 * The campaigns (and their open tasks) time can be logged against under these SOWs,
	 * for the timesheet's pickers; at most {@code limit}.
	 */
	public List<CampaignTarget> campaignsOf(UUID workspaceId, Collection<UUID> sowIds, int limit) {
		if (sowIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT id, client_id, sow_id, name FROM campaign
				WHERE workspace_id = :workspaceId AND sow_id IN (:sowIds) AND archived = FALSE AND status <> 'COMPLETED'
				ORDER BY lower(name), id LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("sowIds", Set.copyOf(sowIds))
			.param("limit", limit)
			.query((rs, n) -> new CampaignTarget(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("sow_id", UUID.class), rs.getString("name")))
			.list();
	}

	/**
	 * The tasks of these campaigns that are not done, for the pickers; at most
	 * {@code limit}.
	 */
	public List<TaskTarget> openTasksOf(UUID workspaceId, Collection<UUID> campaignIds, int limit) {
		if (campaignIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT id, campaign_id, title FROM task
				WHERE workspace_id = :workspaceId AND campaign_id IN (:campaignIds) AND archived = FALSE
				  AND status <> 'DONE'
				ORDER BY lower(title), id LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("campaignIds", Set.copyOf(campaignIds))
			.param("limit", limit)
			.query((rs, n) -> new TaskTarget(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
					rs.getString("title")))
			.list();
	}

}
