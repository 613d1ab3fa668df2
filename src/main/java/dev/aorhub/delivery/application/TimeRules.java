package dev.aorhub.delivery.application;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.delivery.domain.TimeRounding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SOWs' rounding rules as stored: one row per SOW that rounds, none for one that does
 * not. The row has no id of its own (it is the SOW's), so it is plain SQL, not an
 * aggregate; {@link TimeRuleService} checks and audits its changes.
 */
@Component
class TimeRules {

	/** A SOW's rule with the version a change must name (0 while the SOW has none). */
	record StoredRule(UUID sowId, TimeRounding rounding, long version) {
	}

	private final JdbcClient jdbc;

	TimeRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredRule> find(UUID workspaceId, UUID sowId) {
		return this.jdbc.sql("""
				SELECT sow_id, rounding_increment, rounding_mode, version FROM sow_time_rule
				WHERE workspace_id = :workspaceId AND sow_id = :sowId
				""")
			.param("workspaceId", workspaceId)
			.param("sowId", sowId)
			.query((rs, n) -> new StoredRule(rs.getObject("sow_id", UUID.class),
					new TimeRounding(rs.getInt("rounding_increment"),
							TimeRounding.Mode.valueOf(rs.getString("rounding_mode"))),
					rs.getLong("version")))
			.optional();
	}

	TimeRounding rounding(UUID workspaceId, UUID sowId) {
		return (sowId != null) ? find(workspaceId, sowId).map(StoredRule::rounding).orElse(TimeRounding.NONE)
				: TimeRounding.NONE;
	}

	/** The rules of these SOWs in one query; a SOW without one rounds nothing. */
	Map<UUID, TimeRounding> roundings(UUID workspaceId, Collection<UUID> sowIds) {
		Map<UUID, TimeRounding> rules = new HashMap<>();
		if (sowIds.isEmpty()) {
			return rules;
		}
		this.jdbc.sql("""
				SELECT sow_id, rounding_increment, rounding_mode FROM sow_time_rule
				WHERE workspace_id = :workspaceId AND sow_id IN (:sowIds)
				""")
			.param("workspaceId", workspaceId)
			.param("sowIds", Set.copyOf(sowIds))
			.query((java.sql.ResultSet rs) -> {
				rules.put(rs.getObject("sow_id", UUID.class), new TimeRounding(rs.getInt("rounding_increment"),
						TimeRounding.Mode.valueOf(rs.getString("rounding_mode"))));
			});
		return rules;
	}

	/** Writes the rule, answering whether the row had the expected version. */
	boolean save(UUID workspaceId, UUID sowId, TimeRounding rounding, long expectedVersion, java.time.Instant now) {
		if (expectedVersion == 0) {
			if (find(workspaceId, sowId).isPresent()) {
				return false;
			}
			return this.jdbc
				.sql("""
						INSERT INTO sow_time_rule (workspace_id, sow_id, rounding_increment, rounding_mode, updated_at, version)
						VALUES (:workspaceId, :sowId, :increment, :mode, :now, 1)
						""")
				.param("workspaceId", workspaceId)
				.param("sowId", sowId)
				.param("increment", rounding.increment())
				.param("mode", rounding.mode().name())
				.param("now", Timestamp.from(now))
				.update() == 1;
		}
		return this.jdbc.sql("""
				UPDATE sow_time_rule SET rounding_increment = :increment, rounding_mode = :mode, updated_at = :now,
				       version = version + 1
				WHERE workspace_id = :workspaceId AND sow_id = :sowId AND version = :version
				""")
			.param("workspaceId", workspaceId)
			.param("sowId", sowId)
			.param("increment", rounding.increment())
			.param("mode", rounding.mode().name())
			.param("now", Timestamp.from(now))
			.param("version", expectedVersion)
			.update() == 1;
	}

	/**
	 * Recomputes the billed minutes of the SOW's time not yet approved, in one statement;
	 * approved and invoiced time keeps what it was approved with.
	 */
	int reround(UUID workspaceId, UUID sowId, TimeRounding rounding, java.time.Instant now) {
		return this.jdbc
			.sql("UPDATE time_entry SET rounded_minutes = " + rounding.sql("minutes")
					+ ", updated_at = :now, version = version + 1"
					+ " WHERE workspace_id = :workspaceId AND sow_id = :sowId AND status IN ('DRAFT', 'SUBMITTED')"
					+ " AND rounded_minutes <> " + rounding.sql("minutes"))
			.param("workspaceId", workspaceId)
			.param("sowId", sowId)
			.param("now", Timestamp.from(now))
			.update();
	}

}
