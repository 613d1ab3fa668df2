package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.CampaignSummary;
import dev.aorhub.delivery.Campaigns;
import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.delivery.TaskSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Campaigns} in SQL: one statement each.
 */
@Component
class CampaignDirectory implements Campaigns {

	private final JdbcClient jdbc;

	CampaignDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CampaignSummary> ofWorkspace(UUID workspaceId) {
		return this.jdbc.sql("""
				SELECT id, client_id, designation_id, sow_id, name, start_date, end_date, status
				FROM campaign
				WHERE workspace_id = :workspaceId AND archived = FALSE
				ORDER BY client_id, start_date, id
				""")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> new CampaignSummary(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("designation_id", UUID.class), rs.getObject("sow_id", UUID.class),
					rs.getString("name"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), CampaignStatus.valueOf(rs.getString("status"))))
			.list();
	}

	@Override
	public List<TaskSummary> tasksOf(UUID workspaceId, UUID campaignId) {
		return this.jdbc.sql("""
				SELECT id, campaign_id, title, discipline, assignee_id, estimate_hours, due_date, status
				FROM task
				WHERE workspace_id = :workspaceId AND campaign_id = :campaignId AND archived = FALSE
				ORDER BY CASE status WHEN 'TODO' THEN 0 WHEN 'IN_PROGRESS' THEN 1 WHEN 'IN_REVIEW' THEN 2 ELSE 3 END,
				         position, id
				""")
			.param("workspaceId", workspaceId)
			.param("campaignId", campaignId)
			.query((rs, n) -> new TaskSummary(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
					rs.getString("title"), Discipline.valueOf(rs.getString("discipline")),
					rs.getObject("assignee_id", UUID.class), rs.getBigDecimal("estimate_hours"),
					rs.getObject("due_date", LocalDate.class), TaskStatus.valueOf(rs.getString("status"))))
			.list();
	}

}
