package dev.aorhub.relationships;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import dev.aorhub.shared.Ids;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a workspace with many clients, designations and team assignments, straight into
 * the tables with JDBC batches (thousands of rows per second), for benchmarks and
 * performance tests of the portfolio and renewal pages. The workspace must exist, with
 * its service categories (made at sign-up) and at least one user.
 *
 * <p>
 * The data is plausible and keeps the rules the application enforces: each client gets at
 * most one designation per category and market, so no two exclusive designations overlap;
 * statuses, kinds, agencies, values and terms are spread like a real agency network (most
 * designations ours and active, some ending soon). The same seed makes the same data.
 */
public final class RosterDataGenerator {

	private static final String[] INDUSTRIES = { "Retail", "Automotive", "Financial services", "Consumer goods",
			"Telecom", "Travel", "Healthcare", "Technology", "Food and beverage", "Energy" };

	private static final String[] MARKETS = { "Global", "North America", "EMEA", "APAC", "LATAM" };

	private static final String[] AGENCIES = { "Oakline Media", "Harbor & Vale", "Signal Nine", "Kestrel PR",
			"Brightwave Digital", "Northgate Creative" };

	private static final String[] ROLES = { "Account director", "Account manager", "Strategist", "Creative director",
			"Media planner" };

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	public RosterDataGenerator(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What was made. */
	public record Generated(List<UUID> clientIds, List<UUID> designationIds, int assignments) {
	}

	/**
	 * Makes {@code clients} clients and {@code designations} designations (at most
	 * clients × categories × 5 markets), with about one team assignment per three of our
	 * live designations.
	 */
	public Generated generate(UUID workspaceId, int clients, int designations, long seed) {
		Random random = new Random(seed);
		LocalDate today = LocalDate.now();
		Timestamp now = Timestamp.from(Instant.now());
		List<UUID> categories = this.jdbc.queryForList(
				"SELECT id FROM service_category WHERE workspace_id = ? AND archived = FALSE ORDER BY name", UUID.class,
				workspaceId);
		List<UUID> users = this.jdbc.queryForList("SELECT id FROM app_user WHERE workspace_id = ? ORDER BY id",
				UUID.class, workspaceId);
		if (categories.isEmpty() || users.isEmpty()) {
			throw new IllegalStateException("the workspace needs its service categories and a user");
		}
		int capacity = clients * categories.size() * MARKETS.length;
		if (designations > capacity) {
			throw new IllegalArgumentException("at most " + capacity + " designations fit " + clients + " clients");
		}
		String suffix = Long.toString(seed, 36) + "-" + UUID.randomUUID().toString().substring(0, 6);

		List<UUID> clientIds = new ArrayList<>();
		List<Object[]> clientRows = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			UUID id = Ids.newId();
			clientIds.add(id);
			String name = String.format(Locale.ROOT, "Client %05d %s", i, suffix);
			clientRows.add(new Object[] { workspaceId, id, name, name.toLowerCase(Locale.ROOT),
					INDUSTRIES[random.nextInt(INDUSTRIES.length)], "USD", 30, (i % 10 == 0) ? "PROSPECT" : "ACTIVE",
					now, now });
		}
		batch("""
				INSERT INTO client (workspace_id, id, name, name_key, industry, currency, payment_terms_days, status,
				                    archived, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)
				""", clientRows);

		List<UUID> designationIds = new ArrayList<>();
		List<Object[]> designationRows = new ArrayList<>();
		List<Object[]> assignmentRows = new ArrayList<>();
		for (int i = 0; i < designations; i++) {
			// Walks clients first, then categories, then markets: every slot is unique.
			int client = i % clients;
			int category = (i / clients) % categories.size();
			int market = i / (clients * categories.size());
			UUID id = Ids.newId();
			designationIds.add(id);
			int roll = random.nextInt(100);
			String status = (roll < 60) ? "ACTIVE"
					: (roll < 70) ? "UNDER_REVIEW" : (roll < 80) ? "PITCHING" : (roll < 90) ? "ENDED" : "LOST";
			int kindRoll = random.nextInt(100);
			String kind = (kindRoll < 60) ? "EXCLUSIVE" : (kindRoll < 85) ? "PREFERRED" : "PROJECT";
			boolean ours = random.nextInt(100) < 70;
			LocalDate start = today.minusDays(random.nextInt(900));
			if (status.equals("PITCHING")) {
				start = today.plusDays(random.nextInt(120));
			}
			LocalDate end = (random.nextInt(100) < 5) ? null : start.plusDays(365 + random.nextInt(730));
			if (status.equals("ENDED") || status.equals("LOST")) {
				end = today.minusDays(1 + random.nextInt(200));
				start = end.minusDays(365 + random.nextInt(365));
			}
			int noticeDays = new int[] { 30, 60, 90, 90, 90, 120, 180 }[random.nextInt(7)];
			BigDecimal value = ours ? BigDecimal.valueOf(50_000 + random.nextInt(2_000) * 1_000L) : null;
			UUID lead = ours ? users.get(random.nextInt(users.size())) : null;
			designationRows.add(new Object[] { workspaceId, id, clientIds.get(client), categories.get(category),
					ours ? null : AGENCIES[random.nextInt(AGENCIES.length)], kind, status, MARKETS[market],
					MARKETS[market].toLowerCase(Locale.ROOT), "Generated scope " + i, Date.valueOf(start),
					(end != null) ? Date.valueOf(end) : null, noticeDays,
					(end != null) ? Date.valueOf(end.minusDays(noticeDays)) : null, random.nextBoolean(), value,
					(value != null) ? "USD" : null, lead, now, now });
			boolean live = status.equals("ACTIVE") || status.equals("UNDER_REVIEW") || status.equals("PITCHING");
			if (ours && live && i % 3 == 0) {
				assignmentRows.add(new Object[] { workspaceId, Ids.newId(), id, users.get(random.nextInt(users.size())),
						ROLES[random.nextInt(ROLES.length)], 10 + random.nextInt(5) * 10, random.nextBoolean(),
						Date.valueOf(start), (end != null) ? Date.valueOf(end) : null, now, now });
			}
		}
		batch("""
				INSERT INTO designation (workspace_id, id, client_id, category_id, agency_name, kind, status, market,
				                         market_key, scope, start_date, end_date, renewal_notice_days,
				                         renewal_notice_date, auto_renew, annual_value_amount, annual_value_currency,
				                         account_lead_id, archived, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)
				""", designationRows);
		batch("""
				INSERT INTO team_assignment (workspace_id, id, designation_id, user_id, role, allocation_percent,
				                             dedicated, start_date, end_date, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", assignmentRows);
		analyze();
		return new Generated(clientIds, designationIds, assignmentRows.size());
	}

	/**
	 * Updates the planner's statistics, as autovacuum would shortly after a bulk load: a
	 * planner that still believes the tables empty picks nested loops that take seconds.
	 */
	private void analyze() {
		String database = this.jdbc
			.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
		if ("PostgreSQL".equals(database)) {
			this.jdbc.execute("ANALYZE client, designation, team_assignment");
		}
		else if ("H2".equals(database)) {
			this.jdbc.execute("ANALYZE");
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(from + BATCH, rows.size())));
		}
	}

}
