package dev.aorhub.delivery.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.contracts.SowHours;
import dev.aorhub.delivery.domain.RetainerBurn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SOW pages' burn from time entries: one grouped sum for the SOWs of a page.
 */
@Component
class SowHoursFromTime implements SowHours {

	private final JdbcClient jdbc;

	SowHoursFromTime(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Logged> logged(UUID workspaceId, Collection<UUID> sowIds) {
		Map<UUID, Logged> logged = new HashMap<>();
		if (sowIds.isEmpty()) {
			return logged;
		}
		this.jdbc.sql("""
				SELECT sow_id, SUM(minutes) AS minutes,
				       SUM(CASE WHEN %s THEN rounded_minutes ELSE 0 END) AS counted_minutes
				FROM time_entry
				WHERE workspace_id = :workspaceId AND sow_id IN (:sowIds)
				GROUP BY sow_id
				""".formatted(RetainerBurnService.COUNTED))
			.param("workspaceId", workspaceId)
			.param("sowIds", List.copyOf(sowIds))
			.query((rs, n) -> logged.put(rs.getObject("sow_id", UUID.class),
					new Logged(RetainerBurn.hours(rs.getLong("minutes")),
							RetainerBurn.hours(rs.getLong("counted_minutes")))))
			.list();
		return logged;
	}

}
