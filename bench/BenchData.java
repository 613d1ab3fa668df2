import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The benchmark's two database tools, run as a single source file beside the jar's JDBC
 * drivers ({@code java -cp h2.jar:postgresql.jar bench/BenchData.java ...}):
 *
 * <ul>
 * <li>{@code generate URL USER PASSWORD WORKSPACE CLIENTS SEED} fills a workspace made by
 * sign-up with an agency's book: clients with contacts, AOR designations over categories
 * and markets, teams, MSAs with SOWs and fees. It writes straight into the tables with JDBC
 * batches, so 20,000 clients take seconds; the same seed makes the same data on H2 and
 * PostgreSQL. It analyses the tables afterwards, as the application's imports do.</li>
 * <li>{@code sql URL USER PASSWORD WORKSPACE RUNS} times the plain SQL that computes what
 * the aggregate pages show (the limit their ratio is taken against) and prints one
 * {@code name median_ms} line each.</li>
 * <li>{@code time URL USER PASSWORD WORKSPACE STAFF:ENTRIES:SEED} adds staff and three years
 * of their weekday time entries against the workspace's SOWs (the admin logs every
 * weekday too, so their timesheet has weeks to show), in batches, and prints how long the
 * entries took.</li>
 * <li>{@code timesql URL USER PASSWORD WORKSPACE RUNS:MONTH} times the plain SQL of the time
 * reports: a month by client, SOW and person, and a year by client and month.</li>
 * </ul>
 */
public class BenchData {

	static final String[] PREFIXES = { "Apex", "Blue", "North", "Nova", "Summit", "Urban", "Vivid", "Harbor", "Crest",
			"Pine", "Silver", "Atlas", "Cedar", "Lumen" };

	static final String[] NOUNS = { "Foods", "Motors", "Bank", "Health", "Airways", "Telecom", "Apparel", "Energy",
			"Labs", "Media", "Beverages", "Insurance", "Travel", "Games", "Retail" };

	static final String[] INDUSTRIES = { "Retail", "Automotive", "Financial services", "Consumer goods", "Telecom",
			"Travel", "Healthcare", "Technology", "Food and beverage", "Energy" };

	static final String[] MARKETS = { "Global", "North America", "EMEA", "APAC", "LATAM" };

	static final String[] AGENCIES = { "Oakline Media", "Harbor & Vale", "Signal Nine", "Kestrel PR",
			"Brightwave Digital", "Northgate Creative" };

	static final String[] ROLES = { "Account director", "Account manager", "Strategist", "Creative director",
			"Media planner" };

	static final String[] TITLES = { "CMO", "VP Marketing", "Brand Manager", "Media Director", "Head of Digital" };

	static final String[] LEVELS = { "EXECUTIVE", "SENIOR", "MANAGER", "WORKING" };

	static final int BATCH = 1000;

	public static void main(String[] args) throws Exception {
		if (args.length != 6 || !List.of("generate", "sql", "time", "timesql").contains(args[0])) {
			System.err.println("usage: BenchData generate|sql|time|timesql URL USER PASSWORD WORKSPACE ARGUMENTS");
			System.exit(2);
		}
		try (Connection connection = DriverManager.getConnection(args[1], args[2], args[3])) {
			UUID workspace = one(connection, "SELECT id FROM workspace WHERE name = ?", args[4]);
			if (args[0].equals("generate")) {
				connection.setAutoCommit(false);
				new Generator(connection, workspace, new Random(Long.parseLong(args[5].split(":")[1])))
					.generate(Integer.parseInt(args[5].split(":")[0]));
				connection.commit();
				analyse(connection);
			}
			else if (args[0].equals("time")) {
				String[] sizes = args[5].split(":");
				connection.setAutoCommit(false);
				new Generator(connection, workspace, new Random(Long.parseLong(sizes[2])))
					.time(Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1]));
				analyse(connection);
			}
			else if (args[0].equals("timesql")) {
				String[] parts = args[5].split(":");
				timeReports(connection, workspace, Integer.parseInt(parts[0]), java.time.YearMonth.parse(parts[1]));
			}
			else {
				timeQueries(connection, workspace, Integer.parseInt(args[5]));
			}
		}
	}

	/**
	 * Updates the planner's statistics after the bulk load, as the application does after
	 * an import and autovacuum would a minute later: without them PostgreSQL believes the
	 * tables empty and leaves the trigram indexes unused.
	 */
	static void analyse(Connection connection) throws SQLException {
		connection.setAutoCommit(true);
		try (var statement = connection.createStatement()) {
			statement.execute("ANALYZE"); // the same word on H2 and PostgreSQL
		}
	}

	static UUID one(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("nothing for " + sql + " " + Arrays.toString(params));
				}
				return rs.getObject(1, UUID.class);
			}
		}
	}

	static final class Generator {

		final Connection connection;

		final UUID workspace;

		final Random random;

		final LocalDate today = LocalDate.now();

		final Timestamp now = Timestamp.from(Instant.now());

		Generator(Connection connection, UUID workspace, Random random) {
			this.connection = connection;
			this.workspace = workspace;
			this.random = random;
		}

		/** Per client: 2 contacts, 2.5 designations; 3 SOWs per 10 clients (600 for 2,000). */
		void generate(int clients) throws SQLException {
			List<UUID> categories = ids("SELECT id FROM service_category WHERE workspace_id = ? ORDER BY name");
			List<UUID> users = ids("SELECT id FROM app_user WHERE workspace_id = ? ORDER BY id");
			UUID[] clientIds = new UUID[clients];
			List<Object[]> clientRows = new ArrayList<>();
			List<Object[]> contactRows = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				clientIds[i] = UUID.randomUUID();
				String name = String.format(Locale.ROOT, "%s %s %05d", pick(PREFIXES), pick(NOUNS), i);
				clientRows.add(new Object[] { this.workspace, clientIds[i], name, name.toLowerCase(Locale.ROOT),
						name + " Inc.", pick(INDUSTRIES), "USD", 30,
						(i % 10 == 0) ? "PROSPECT" : (i % 25 == 0) ? "FORMER" : "ACTIVE", this.now, this.now });
				for (int c = 0; c < 2; c++) {
					contactRows.add(new Object[] { this.workspace, UUID.randomUUID(), clientIds[i],
							String.format(Locale.ROOT, "%s %s", pick(new String[] { "Alex", "Sam", "Jordan", "Maria",
									"Chen", "Priya", "Lukas", "Amara" }), pick(new String[] { "Smith", "Garcia",
											"Okafor", "Müller", "Tanaka", "Rossi", "Novak", "Dubois" })),
							"contact" + i + "." + c + "@client" + i + ".example", pick(TITLES), LEVELS[c], c == 0,
							this.now, this.now });
				}
			}
			batch("""
					INSERT INTO client (workspace_id, id, name, name_key, legal_name, industry, currency,
					                    payment_terms_days, status, archived, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)""", clientRows);
			batch("""
					INSERT INTO contact (workspace_id, id, client_id, name, email, title, level, is_primary, active,
					                     archived, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, FALSE, ?, ?, 0)""", contactRows);

			int designations = clients * 5 / 2;
			List<Object[]> designationRows = new ArrayList<>();
			List<Object[]> assignmentRows = new ArrayList<>();
			Map<Integer, List<UUID>> oursByClient = new LinkedHashMap<>();
			for (int i = 0; i < designations; i++) {
				// Walks clients, then categories, then markets: every (client, category, market) once,
				// so no two exclusive designations overlap.
				int client = i % clients;
				int category = (i / clients) % categories.size();
				int market = i / (clients * categories.size());
				UUID id = UUID.randomUUID();
				int roll = this.random.nextInt(100);
				String status = (roll < 60) ? "ACTIVE"
						: (roll < 70) ? "UNDER_REVIEW" : (roll < 80) ? "PITCHING" : (roll < 90) ? "ENDED" : "LOST";
				int kindRoll = this.random.nextInt(100);
				String kind = (kindRoll < 60) ? "EXCLUSIVE" : (kindRoll < 85) ? "PREFERRED" : "PROJECT";
				boolean ours = this.random.nextInt(100) < 70;
				LocalDate start = this.today.minusDays(this.random.nextInt(900));
				if (status.equals("PITCHING")) {
					start = this.today.plusDays(this.random.nextInt(120));
				}
				LocalDate end = (this.random.nextInt(100) < 5) ? null : start.plusDays(365 + this.random.nextInt(730));
				if (status.equals("ENDED") || status.equals("LOST")) {
					end = this.today.minusDays(1 + this.random.nextInt(200));
					start = end.minusDays(365 + this.random.nextInt(365));
				}
				int noticeDays = new int[] { 30, 60, 90, 90, 90, 120, 180 }[this.random.nextInt(7)];
				BigDecimal value = ours ? BigDecimal.valueOf(50_000 + this.random.nextInt(2_000) * 1_000L) : null;
				String currency = (value == null) ? null : (i % 7 == 0) ? "EUR" : (i % 11 == 0) ? "GBP" : "USD";
				UUID lead = ours ? users.get(this.random.nextInt(users.size())) : null;
				designationRows.add(new Object[] { this.workspace, id, clientIds[client], categories.get(category),
						ours ? null : pick(AGENCIES), kind, status, MARKETS[market],
						MARKETS[market].toLowerCase(Locale.ROOT), "Generated scope " + i, Date.valueOf(start),
						(end != null) ? Date.valueOf(end) : null, noticeDays,
						(end != null) ? Date.valueOf(end.minusDays(noticeDays)) : null, this.random.nextBoolean(), value,
						currency, lead, this.now, this.now });
				boolean live = status.equals("ACTIVE") || status.equals("UNDER_REVIEW");
				if (ours && live) {
					oursByClient.computeIfAbsent(client, (k) -> new ArrayList<>()).add(id);
					if (i % 3 == 0) {
						assignmentRows.add(new Object[] { this.workspace, UUID.randomUUID(), id,
								users.get(this.random.nextInt(users.size())), pick(ROLES),
								10 + this.random.nextInt(5) * 10, this.random.nextBoolean(), Date.valueOf(start),
								(end != null) ? Date.valueOf(end) : null, this.now, this.now });
					}
				}
			}
			batch("""
					INSERT INTO designation (workspace_id, id, client_id, category_id, agency_name, kind, status, market,
					                         market_key, scope, start_date, end_date, renewal_notice_days,
					                         renewal_notice_date, auto_renew, annual_value_amount, annual_value_currency,
					                         account_lead_id, archived, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)""", designationRows);
			batch("""
					INSERT INTO team_assignment (workspace_id, id, designation_id, user_id, role, allocation_percent,
					                             dedicated, start_date, end_date, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", assignmentRows);
			contracts(clientIds, oursByClient);
		}

		/** One MSA for every client of 20 with live AORs of ours, three SOWs each, with fees. */
		void contracts(UUID[] clientIds, Map<Integer, List<UUID>> oursByClient) throws SQLException {
			List<Object[]> msaRows = new ArrayList<>();
			List<Object[]> linkRows = new ArrayList<>();
			List<Object[]> sowRows = new ArrayList<>();
			List<Object[]> feeRows = new ArrayList<>();
			int year = this.today.getYear();
			int number = 0;
			int wanted = clientIds.length / 10;
			for (Map.Entry<Integer, List<UUID>> entry : oursByClient.entrySet()) {
				if (number >= wanted * 3) {
					break;
				}
				UUID msa = UUID.randomUUID();
				UUID client = clientIds[entry.getKey()];
				LocalDate effective = this.today.minusDays(100 + this.random.nextInt(600));
				msaRows.add(new Object[] { this.workspace, msa, client, "Master services agreement", "SIGNED",
						Date.valueOf(effective), Date.valueOf(effective.plusYears(3)), this.now, this.now });
				for (UUID designation : entry.getValue()) {
					linkRows.add(new Object[] { this.workspace, msa, designation });
				}
				for (int s = 0; s < 3; s++) {
					UUID sow = UUID.randomUUID();
					number++;
					LocalDate start = effective.plusDays(s * 120L);
					BigDecimal budget = BigDecimal.valueOf(120_000 + this.random.nextInt(200) * 1_000L);
					String status = (s == 0) ? "COMPLETED" : (s == 1) ? "ACTIVE" : "DRAFT";
					sowRows.add(new Object[] { this.workspace, sow, msa, client, entry.getValue().get(0),
							String.format(Locale.ROOT, "SOW-%d-%03d", year, number), "Statement of work " + number,
							status, Date.valueOf(start), Date.valueOf(start.plusYears(1)), budget, budget, this.now,
							this.now });
					feeRows.add(new Object[] { this.workspace, UUID.randomUUID(), sow, 0, "RETAINER",
							BigDecimal.valueOf(8_000 + this.random.nextInt(10) * 1_000L), 60, "NONE",
							BigDecimal.valueOf(180), null });
					feeRows.add(new Object[] { this.workspace, UUID.randomUUID(), sow, 1, "COMMISSION", null, null,
							null, null, BigDecimal.valueOf(5) });
				}
			}
			batch("""
					INSERT INTO msa (workspace_id, id, client_id, title, status, effective_date, expiry_date,
					                 payment_terms_days, discount_percent, notice_period_days, archived, created_at,
					                 updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, 30, 0, 90, FALSE, ?, ?, 0)""", msaRows);
			batch("INSERT INTO msa_designation (workspace_id, msa_id, designation_id) VALUES (?, ?, ?)", linkRows);
			batch("""
					INSERT INTO sow (workspace_id, id, msa_id, client_id, designation_id, number, title, status,
					                 start_date, end_date, budget_amount, budget_currency, current_budget_amount,
					                 revision, archived, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, 0, FALSE, ?, ?, 0)""", sowRows);
			batch("""
					INSERT INTO sow_fee (workspace_id, id, sow_id, position, fee_type, currency, monthly_fee_amount,
					                     included_hours, rollover, overage_rate_amount, commission_percent, version)
					VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, 0)""", feeRows);
			// The next SOW the application numbers follows the generated ones.
			batch("INSERT INTO number_series (workspace_id, series, number_year, last_value) VALUES (?, 'SOW', ?, ?)",
					List.<Object[]>of(new Object[] { this.workspace, year, number }));
			System.out.printf(Locale.ROOT, "%d MSAs, %d SOWs%n", msaRows.size(), sowRows.size());
		}

		/**
		 * {@code staff} more people and {@code entries} time entries over the three years to
		 * today: every weekday each person logs one to eight entries on random SOWs (the
		 * workspace's admin among them), approved but the current week.
		 */
		void time(int staff, int entries) throws SQLException {
			UUID admin = ids("SELECT id FROM app_user WHERE workspace_id = ? ORDER BY created_at").get(0);
			List<Object[]> userRows = new ArrayList<>();
			List<UUID> people = new ArrayList<>();
			people.add(admin);
			for (int i = 1; i < staff; i++) {
				UUID id = UUID.randomUUID();
				people.add(id);
				userRows.add(new Object[] { this.workspace, id, "staff" + i + "@" + this.workspace + ".bench.example",
						String.format(Locale.ROOT, "Staff member %03d", i), "{noop}not-for-sign-in", "CREATIVE",
						this.now, this.now });
			}
			batch("""
					INSERT INTO app_user (workspace_id, id, email, name, password_hash, roles, active, created_at,
					                      updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?, 0)""", userRows);
			this.connection.commit();
			List<UUID[]> sows = new ArrayList<>();
			try (PreparedStatement statement = this.connection
				.prepareStatement("SELECT id, client_id FROM sow WHERE workspace_id = ? ORDER BY id")) {
				statement.setObject(1, this.workspace);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						sows.add(new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) });
					}
				}
			}
			List<LocalDate> weekdays = new ArrayList<>();
			for (LocalDate day = this.today.minusYears(3); !day.isAfter(this.today); day = day.plusDays(1)) {
				if (day.getDayOfWeek().getValue() <= 5) {
					weekdays.add(day);
				}
			}
			LocalDate monday = this.today.minusDays(this.today.getDayOfWeek().getValue() - 1);
			double perDay = (double) entries / (weekdays.size() * people.size());
			long started = System.nanoTime();
			String sql = """
					INSERT INTO time_entry (workspace_id, id, user_id, entry_date, minutes, rounded_minutes, client_id,
					                        sow_id, billable, note, status, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
			int written = 0;
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				int pending = 0;
				outer: for (LocalDate day : weekdays) {
					Date date = Date.valueOf(day);
					String status = day.isBefore(monday) ? "APPROVED" : "DRAFT";
					for (UUID person : people) {
						int count = (int) perDay + ((this.random.nextDouble() < perDay - (int) perDay) ? 1 : 0);
						for (int e = 0; e < count; e++) {
							if (written == entries) {
								break outer;
							}
							UUID[] sow = sows.get(this.random.nextInt(sows.size()));
							int minutes = 15 * (1 + this.random.nextInt(480 / 15 / Math.max(count, 1)));
							statement.setObject(1, this.workspace);
							statement.setObject(2, UUID.randomUUID());
							statement.setObject(3, person);
							statement.setObject(4, date);
							statement.setInt(5, minutes);
							statement.setInt(6, minutes);
							statement.setObject(7, sow[1]);
							statement.setObject(8, sow[0]);
							statement.setBoolean(9, this.random.nextInt(10) != 0);
							statement.setString(10, "Generated work " + written);
							statement.setString(11, status);
							statement.setTimestamp(12, this.now);
							statement.setTimestamp(13, this.now);
							statement.addBatch();
							written++;
							if (++pending == BATCH) {
								statement.executeBatch();
								pending = 0;
							}
							if (written % 100_000 == 0) {
								this.connection.commit();
							}
						}
					}
				}
				if (pending > 0) {
					statement.executeBatch();
				}
			}
			this.connection.commit();
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT, "time_entries %d %.1f%n", written, seconds);
		}

		List<UUID> ids(String sql) throws SQLException {
			List<UUID> ids = new ArrayList<>();
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				statement.setObject(1, this.workspace);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getObject(1, UUID.class));
					}
				}
			}
			return ids;
		}

		String pick(String[] values) {
			return values[this.random.nextInt(values.length)];
		}

		void batch(String sql, List<Object[]> rows) throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				int pending = 0;
				for (Object[] row : rows) {
					for (int i = 0; i < row.length; i++) {
						statement.setObject(i + 1, row[i]);
					}
					statement.addBatch();
					if (++pending == BATCH) {
						statement.executeBatch();
						pending = 0;
					}
				}
				if (pending > 0) {
					statement.executeBatch();
				}
			}
			System.out.printf(Locale.ROOT, "%,d rows: %s%n", rows.size(), sql.strip().split("\\s+")[2]);
		}

	}

	/**
	 * The plain SQL behind each aggregate page: its totals and the page of rows it shows,
	 * nothing the application adds (no paging count, no names of people, no rendering).
	 */
	static final Map<String, List<String>> AGGREGATES = Map.of("portfolio", List.of("""
			SELECT d.annual_value_currency, count(*), sum(d.annual_value_amount) FROM designation d
			WHERE d.workspace_id = ? AND d.agency_name IS NULL AND d.archived = FALSE AND d.client_archived = FALSE
			GROUP BY d.annual_value_currency""", """
			SELECT d.id, c.name, sc.name, d.market, d.status, d.end_date, d.annual_value_amount
			FROM designation d
			JOIN client c ON c.workspace_id = d.workspace_id AND c.id = d.client_id
			JOIN service_category sc ON sc.workspace_id = d.workspace_id AND sc.id = d.category_id
			WHERE d.workspace_id = ? AND d.agency_name IS NULL AND d.archived = FALSE AND d.client_archived = FALSE
			ORDER BY c.name_key, sc.name, d.market_key LIMIT 25"""), "renewals", List.of("""
			SELECT d.annual_value_currency, count(*), sum(d.annual_value_amount) FROM designation d
			WHERE d.workspace_id = ? AND d.agency_name IS NULL AND d.archived = FALSE AND d.client_archived = FALSE
			  AND d.status IN ('ACTIVE', 'UNDER_REVIEW') AND d.renewal_notice_date <= {today+180}
			GROUP BY d.annual_value_currency""", """
			SELECT d.id, c.name, sc.name, d.market, d.renewal_notice_date, d.end_date, d.annual_value_amount
			FROM designation d
			JOIN client c ON c.workspace_id = d.workspace_id AND c.id = d.client_id
			JOIN service_category sc ON sc.workspace_id = d.workspace_id AND sc.id = d.category_id
			WHERE d.workspace_id = ? AND d.agency_name IS NULL AND d.archived = FALSE AND d.client_archived = FALSE
			  AND d.status IN ('ACTIVE', 'UNDER_REVIEW') AND d.renewal_notice_date <= {today+180}
			ORDER BY d.renewal_notice_date, d.id LIMIT 25"""), "dashboard", List.of("""
			SELECT d.category_id, sc.name, d.annual_value_currency, count(*), sum(d.annual_value_amount)
			FROM designation d
			JOIN service_category sc ON sc.workspace_id = d.workspace_id AND sc.id = d.category_id
			WHERE d.workspace_id = ? AND d.agency_name IS NULL AND d.status = 'ACTIVE' AND d.archived = FALSE
			  AND d.client_archived = FALSE AND d.annual_value_currency IS NOT NULL
			GROUP BY d.category_id, sc.name, d.annual_value_currency""", """
			SELECT d.id, c.name, d.renewal_notice_date FROM designation d
			JOIN client c ON c.workspace_id = d.workspace_id AND c.id = d.client_id
			WHERE d.workspace_id = ? AND d.agency_name IS NULL AND d.archived = FALSE AND d.client_archived = FALSE
			  AND d.status IN ('ACTIVE', 'UNDER_REVIEW') AND d.renewal_notice_date <= {today}
			ORDER BY d.renewal_notice_date, d.id LIMIT 5""", """
			SELECT s.id, s.number, s.end_date FROM sow s
			WHERE s.workspace_id = ? AND s.status = 'ACTIVE' AND s.end_date <= {today+60}
			ORDER BY s.end_date LIMIT 5"""), "clients", List.of("""
			SELECT count(*) FROM client c WHERE c.workspace_id = ? AND c.archived = FALSE""", """
			SELECT c.id, c.name, c.industry, c.status,
			       (SELECT count(*) FROM designation d WHERE d.workspace_id = c.workspace_id AND d.client_id = c.id)
			FROM client c WHERE c.workspace_id = ? AND c.archived = FALSE ORDER BY c.name_key LIMIT 25"""));

	/** Dates as literals, the same on H2 and PostgreSQL (date arithmetic is not). */
	static String dated(String sql) {
		LocalDate today = LocalDate.now();
		return sql.replace("{today}", "DATE '" + today + "'")
			.replace("{today+60}", "DATE '" + today.plusDays(60) + "'")
			.replace("{today+180}", "DATE '" + today.plusDays(180) + "'");
	}

	/** The plain SQL the time reports answer from, one grouped sum each. */
	static final Map<String, String> TIME_REPORTS = Map.of("time_month", """
			SELECT client_id, sow_id, user_id, SUM(minutes), SUM(CASE WHEN billable THEN minutes ELSE 0 END)
			FROM time_entry WHERE workspace_id = ? AND entry_date BETWEEN {first} AND {last}
			GROUP BY client_id, sow_id, user_id""", "time_year", """
			SELECT client_id, EXTRACT(YEAR FROM entry_date), EXTRACT(MONTH FROM entry_date), SUM(minutes),
			       SUM(CASE WHEN billable THEN minutes ELSE 0 END)
			FROM time_entry WHERE workspace_id = ? AND entry_date BETWEEN {yearFirst} AND {last}
			GROUP BY client_id, EXTRACT(YEAR FROM entry_date), EXTRACT(MONTH FROM entry_date)""");

	static void timeReports(Connection connection, UUID workspace, int runs, java.time.YearMonth month)
			throws SQLException {
		for (Map.Entry<String, String> report : TIME_REPORTS.entrySet()) {
			String sql = report.getValue()
				.replace("{first}", "DATE '" + month.atDay(1) + "'")
				.replace("{last}", "DATE '" + month.atEndOfMonth() + "'")
				.replace("{yearFirst}", "DATE '" + month.minusMonths(11).atDay(1) + "'");
			double[] millis = new double[runs];
			int rows = 0;
			for (int run = -3; run < runs; run++) {
				rows = 0;
				long start = System.nanoTime();
				try (PreparedStatement statement = connection
					.prepareStatement(sql.replaceFirst("WHERE ", "WHERE ? >= 0 AND "))) {
					statement.setInt(1, run + 3);
					statement.setObject(2, workspace);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							rs.getObject(1);
							rows++;
						}
					}
				}
				if (run >= 0) {
					millis[run] = (System.nanoTime() - start) / 1e6;
				}
			}
			Arrays.sort(millis);
			System.out.printf(Locale.ROOT, "%s %.3f %d%n", report.getKey(), millis[runs / 2], rows);
		}
	}

	static void timeQueries(Connection connection, UUID workspace, int runs) throws SQLException {
		for (Map.Entry<String, List<String>> aggregate : AGGREGATES.entrySet()) {
			double[] millis = new double[runs];
			int rows = 0;
			for (int run = -3; run < runs; run++) {
				rows = 0;
				long start = System.nanoTime();
				for (String sql : aggregate.getValue()) {
					// A parameter that changes every run: H2 answers an identical query with the
					// same parameters from the result it kept, which would time nothing.
					try (PreparedStatement statement = connection
						.prepareStatement(dated(sql).replaceFirst("WHERE ", "WHERE ? >= 0 AND "))) {
						statement.setInt(1, run + 3);
						statement.setObject(2, workspace);
						try (ResultSet rs = statement.executeQuery()) {
							while (rs.next()) {
								rs.getObject(1);
								rows++;
							}
						}
					}
				}
				if (run >= 0) {
					millis[run] = (System.nanoTime() - start) / 1e6;
				}
			}
			Arrays.sort(millis);
			System.out.printf(Locale.ROOT, "%s %.3f %d%n", aggregate.getKey(), millis[runs / 2], rows);
		}
	}

}
