package dev.aorhub.delivery.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.TimeEntriesApproved;
import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.application.RatesInForce.RateKey;
import dev.aorhub.delivery.application.TimeImportResult.LineError;
import dev.aorhub.delivery.domain.HoursText;
import dev.aorhub.delivery.domain.RateInForce;
import dev.aorhub.delivery.domain.TimeEntry;
import dev.aorhub.delivery.domain.TimeEntryRules;
import dev.aorhub.delivery.domain.TimeRounding;
import dev.aorhub.delivery.importing.StandardTimeFormat;
import dev.aorhub.delivery.importing.TimeCsvFile;
import dev.aorhub.delivery.importing.TimeImportPreset;
import dev.aorhub.delivery.importing.TimeImportRow;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.Ids;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.time.DateText;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.ClientDirectory;
import dev.aorhub.workspace.ClientDirectory.ClientChoice;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import dev.aorhub.workspace.WorkspaceUsers.UserSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports time entries from a CSV file, ours or another product's export (a
 * {@link TimeImportPreset}). Every row is checked against the rules of
 * {@link TimeEntryService}: 1 minute to 24 hours, at most 24 hours a person and day
 * (counting what is stored and the file's own rows above it), a SOW of the client
 * approved and in its term on the date, an active staff member, and only an admin logging
 * for someone else. People, clients, SOWs, roundings, rates and day totals are loaded
 * once for the whole file, and the entries are written in JDBC batches.
 * <p>
 * All or nothing unless {@code partial}: one bad row and nothing is written. The import
 * is audited as one entry naming how many entries it added (not one per entry: a year's
 * history would flood the log). Importing the same file twice imports it twice: exports
 * carry no id to recognise an entry by, and two equal entries on one day are legitimate.
 */
@Service
public class TimeEntryImporter {

	/**
	 * An answer lists at most this many problems; {@code rowsRejected} counts them all.
	 */
	static final int MAX_ERRORS = 1000;

	private static final int BATCH = 500;

	private final WorkspaceUsers users;

	private final ClientDirectory clients;

	private final StatementsOfWork sows;

	private final TimeRules rules;

	private final RatesInForce rates;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final WorkspaceClock clock;

	private final ApplicationEventPublisher events;

	TimeEntryImporter(WorkspaceUsers users, ClientDirectory clients, StatementsOfWork sows, TimeRules rules,
			RatesInForce rates, JdbcClient jdbc, NamedParameterJdbcTemplate batch, WorkspaceClock clock,
			ApplicationEventPublisher events) {
		this.users = users;
		this.clients = clients;
		this.sows = sows;
		this.rules = rules;
		this.rates = rates;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
		this.events = events;
	}

	/** A row that passed every check, as it will be stored. */
	private record Accepted(int line, UUID userId, LocalDate date, int minutes, SowSummary sow, boolean billable,
			String note) {
	}

	/**
	 * Reads, checks and (when every row is good, or {@code partial}) saves the file.
	 * @param status DRAFT when null; APPROVED (history) only for an admin
	 * @throws TimeImportRejectedException when a row is bad and not {@code partial}
	 * @throws InvalidInputException for a file that is empty, binary or lacks columns
	 * @throws AccessDeniedException when someone other than an admin imports approved
	 * time
	 */
	@CanEdit
	@Transactional
	public TimeImportResult importFile(CurrentUser actor, String fileName, byte[] content, TimeImportPreset preset,
			TimeEntryStatus status, boolean partial) {
		TimeEntryStatus importAs = checkStatus(actor, status);
		List<TimeImportRow> rows = preset.lines(TimeCsvFile.read(content)).stream().map(preset::read).toList();
		UUID workspaceId = actor.workspaceId();
		Known known = new Known(workspaceId, rows);

		Map<Integer, List<String>> problems = new LinkedHashMap<>();
		List<Accepted> accepted = new ArrayList<>();
		for (TimeImportRow row : rows) {
			List<String> rowProblems = new ArrayList<>(row.problems());
			Accepted good = check(actor, row, known, preset, rowProblems);
			if (rowProblems.isEmpty() && good != null) {
				accepted.add(good);
			}
			else {
				problems.put(row.line(), rowProblems);
			}
		}
		accepted = withinTheDay(workspaceId, accepted, problems);

		List<LineError> errors = problems.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.flatMap((e) -> e.getValue().stream().map((message) -> new LineError(e.getKey(), message)))
			.limit(MAX_ERRORS)
			.toList();
		if (!problems.isEmpty() && !partial) {
			throw new TimeImportRejectedException(new TimeImportResult(rows.size(), 0, problems.size(), errors));
		}
		List<UUID> ids = save(actor, accepted, importAs);
		if (!ids.isEmpty()) {
			audit(actor, fileName, preset, importAs, accepted, ids);
		}
		return new TimeImportResult(rows.size(), ids.size(), problems.size(), errors);
	}

	private static TimeEntryStatus checkStatus(CurrentUser actor, TimeEntryStatus status) {
		TimeEntryStatus importAs = (status != null) ? status : TimeEntryStatus.DRAFT;
		if (importAs == TimeEntryStatus.INVOICED) {
			throw new InvalidInputException("status", "becomes INVOICED when billing invoices the time");
		}
		if (importAs == TimeEntryStatus.APPROVED && !actor.isAdmin()) {
			throw new AccessDeniedException("Only an admin may import time as approved");
		}
		return importAs;
	}

	/**
	 * The workspace's records the file names, loaded once: the active staff, the clients
	 * that are not archived, and those clients' SOWs (not archived or cancelled).
	 */
	private final class Known {

		final Map<String, UserSummary> staffByEmail = new HashMap<>();

		final Map<String, List<UserSummary>> staffByName = new HashMap<>();

		final Set<UUID> staffIds = new LinkedHashSet<>();

		final Map<String, ClientChoice> clientsByName = new HashMap<>();

		final Map<UUID, List<SowSummary>> sowsByClient = new HashMap<>();

		Known(UUID workspaceId, List<TimeImportRow> rows) {
			for (UserSummary user : TimeEntryImporter.this.users.staff(workspaceId)) {
				this.staffIds.add(user.id());
				if (user.email() != null) {
					this.staffByEmail.putIfAbsent(key(user.email()), user);
				}
				if (user.name() != null) {
					this.staffByName.computeIfAbsent(key(user.name()), (k) -> new ArrayList<>()).add(user);
				}
			}
			for (ClientChoice client : TimeEntryImporter.this.clients.activeClients(workspaceId)) {
				this.clientsByName.putIfAbsent(key(client.name()), client);
			}
			Set<UUID> named = rows.stream()
				.map((row) -> this.clientsByName.get(key(row.client())))
				.filter(Objects::nonNull)
				.map(ClientChoice::id)
				.collect(Collectors.toSet());
			if (named.isEmpty()) {
				return;
			}
			List<UUID> sowIds = TimeEntryImporter.this.jdbc.sql("""
					SELECT id FROM sow_directory
					WHERE workspace_id = :workspaceId AND client_id IN (:clientIds) AND archived = FALSE
					  AND status <> 'CANCELLED'
					""").param("workspaceId", workspaceId).param("clientIds", named).query(UUID.class).list();
			TimeEntryImporter.this.sows.findAll(workspaceId, sowIds)
				.values()
				.stream()
				.sorted(Comparator.comparing(SowSummary::number))
				.forEach((sow) -> this.sowsByClient.computeIfAbsent(sow.clientId(), (k) -> new ArrayList<>()).add(sow));
		}

	}

	/**
	 * The row's person, client and SOW, and every rule on its own; null when it fails.
	 */
	private Accepted check(CurrentUser actor, TimeImportRow row, Known known, TimeImportPreset preset,
			List<String> problems) {
		UUID userId = person(actor, row, known, problems);
		if (row.minutes() != null) {
			var collector = new InvalidInputException.Collector();
			TimeEntryRules.checkMinutes(row.minutes(), "hours", collector);
			collector.problems().forEach((p) -> problems.add("Hours " + p.message()));
		}
		if (row.note() != null && row.note().length() > 1000) {
			problems.add("Note must be at most 1000 characters");
		}
		SowSummary sow = null;
		if (row.client() != null) {
			ClientChoice client = known.clientsByName.get(key(row.client()));
			if (client == null) {
				problems.add("Client '" + row.client() + "' is not one of your clients");
			}
			else if (row.date() != null) {
				sow = sow(row, client, known.sowsByClient.getOrDefault(client.id(), List.of()), preset, problems);
			}
		}
		if (!problems.isEmpty() || userId == null || sow == null || row.date() == null || row.minutes() == null) {
			return null;
		}
		boolean billable = (row.billable() != null) ? row.billable() : true;
		return new Accepted(row.line(), userId, row.date(), row.minutes(), sow, billable,
				(row.note() == null || row.note().isBlank()) ? null : row.note().strip());
	}

	/**
	 * The person by e-mail, else by full name, among the active staff; nobody named is
	 * whoever imports. Only an admin imports someone else's time.
	 */
	private static UUID person(CurrentUser actor, TimeImportRow row, Known known, List<String> problems) {
		UUID userId;
		if (row.email() != null) {
			UserSummary user = known.staffByEmail.get(key(row.email()));
			if (user == null) {
				problems.add("E-mail " + row.email() + " is not an active member of this workspace's staff");
				return null;
			}
			userId = user.id();
		}
		else if (row.personName() != null) {
			List<UserSummary> named = known.staffByName.getOrDefault(key(row.personName()), List.of());
			if (named.isEmpty()) {
				problems.add("Person '" + row.personName() + "' is not an active member of this workspace's staff");
				return null;
			}
			if (named.size() > 1) {
				problems.add("Person '" + row.personName() + "' matches " + named.size()
						+ " staff members; import a file with their e-mails");
				return null;
			}
			userId = named.get(0).id();
		}
		else {
			userId = actor.userId();
		}
		if (!userId.equals(actor.userId()) && !actor.isAdmin()) {
			problems.add("Only an admin may import time for someone else");
			return null;
		}
		return userId;
	}

	/**
	 * The client's SOW the row is for: the one it names (our {@code sow} column, which
	 * must match), else the one its project or project code names by number or title,
	 * else the client's only SOW active on the date.
	 */
	private static SowSummary sow(TimeImportRow row, ClientChoice client, List<SowSummary> ofClient,
			TimeImportPreset preset, List<String> problems) {
		SowSummary named = null;
		if (row.sow() != null) {
			named = matching(ofClient, row.sow());
			if (named == null) {
				problems.add("SOW '" + row.sow() + "' is not a SOW of " + client.name());
				return null;
			}
		}
		for (int i = 0; named == null && i < row.projectHints().size(); i++) {
			named = matching(ofClient, row.projectHints().get(i));
		}
		if (named != null) {
			if (!named.workableOn(row.date())) {
				problems.add("SOW " + named.number() + " " + TimeEntryService.notWorkable(named, row.date()));
				return null;
			}
			return named;
		}
		List<SowSummary> workable = ofClient.stream().filter((sow) -> sow.workableOn(row.date())).toList();
		if (workable.size() == 1) {
			return workable.get(0);
		}
		String date = DateText.of(row.date());
		if (workable.isEmpty()) {
			problems.add(client.name() + " has no SOW active on " + date + "; time is logged against an approved SOW"
					+ " in its term");
		}
		else {
			problems.add(client.name() + " has " + workable.size() + " SOWs active on " + date + " ("
					+ String.join(", ", workable.stream().map(SowSummary::number).toList()) + "); "
					+ ((preset instanceof StandardTimeFormat) ? "name one in the sow column"
							: "give the SOW's number as the project (or project code)"));
		}
		return null;
	}

	private static SowSummary matching(List<SowSummary> ofClient, String text) {
		String wanted = key(text);
		return ofClient.stream()
			.filter((sow) -> wanted.equals(key(sow.number())) || wanted.equals(key(sow.title())))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Keeps each person's day within 24 hours: what is stored plus the accepted rows
	 * above, in the file's order; a row that would pass the limit is rejected.
	 */
	private List<Accepted> withinTheDay(UUID workspaceId, List<Accepted> accepted,
			Map<Integer, List<String>> problems) {
		if (accepted.isEmpty()) {
			return accepted;
		}
		Map<String, Long> day = new HashMap<>();
		LocalDate first = accepted.stream().map(Accepted::date).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate last = accepted.stream().map(Accepted::date).max(Comparator.naturalOrder()).orElseThrow();
		this.jdbc.sql("""
				SELECT user_id, entry_date, sum(minutes) AS minutes FROM time_entry
				WHERE workspace_id = :workspaceId AND user_id IN (:userIds) AND entry_date BETWEEN :first AND :last
				GROUP BY user_id, entry_date
				""")
			.param("workspaceId", workspaceId)
			.param("userIds", accepted.stream().map(Accepted::userId).collect(Collectors.toSet()))
			.param("first", first)
			.param("last", last)
			.query((rs, n) -> Map.entry(
					rs.getObject("user_id", UUID.class) + "|" + rs.getObject("entry_date", LocalDate.class),
					rs.getLong("minutes")))
			.list()
			.forEach((e) -> day.put(e.getKey(), e.getValue()));
		List<Accepted> kept = new ArrayList<>();
		for (Accepted row : accepted) {
			String key = row.userId() + "|" + row.date();
			long other = day.getOrDefault(key, 0L);
			var collector = new InvalidInputException.Collector();
			TimeEntryRules.checkDayTotal(other, row.minutes(), "hours", collector);
			if (collector.isEmpty()) {
				day.put(key, other + row.minutes());
				kept.add(row);
			}
			else {
				for (FieldProblem problem : collector.problems()) {
					problems.computeIfAbsent(row.line(), (k) -> new ArrayList<>()).add("Hours " + problem.message());
				}
			}
		}
		return kept;
	}

	/** Writes the entries in batches, with the rounding and rate each SOW gives them. */
	private List<UUID> save(CurrentUser actor, List<Accepted> accepted, TimeEntryStatus status) {
		if (accepted.isEmpty()) {
			return List.of();
		}
		UUID workspaceId = actor.workspaceId();
		Map<UUID, SowSummary> sowsById = new HashMap<>();
		accepted.forEach((row) -> sowsById.put(row.sow().id(), row.sow()));
		Map<UUID, TimeRounding> roundings = this.rules.roundings(workspaceId, sowsById.keySet());
		Set<RateKey> keys = accepted.stream()
			.map((row) -> new RateKey(row.userId(), row.sow().id(), row.date()))
			.collect(Collectors.toSet());
		Map<RateKey, RateInForce> rateOf = this.rates.ofAll(workspaceId, keys, sowsById);
		Instant now = this.clock.now();
		Timestamp at = Timestamp.from(now);
		boolean submitted = status != TimeEntryStatus.DRAFT;
		boolean approved = status == TimeEntryStatus.APPROVED;
		List<UUID> ids = new ArrayList<>();
		List<MapSqlParameterSource> rows = new ArrayList<>();
		for (Accepted row : accepted) {
			UUID id = Ids.newId();
			ids.add(id);
			RateInForce rate = rateOf.getOrDefault(new RateKey(row.userId(), row.sow().id(), row.date()),
					RateInForce.NONE);
			rows.add(new MapSqlParameterSource().addValue("workspaceId", workspaceId)
				.addValue("id", id)
				.addValue("userId", row.userId())
				.addValue("date", row.date())
				.addValue("minutes", row.minutes())
				.addValue("rounded", roundings.getOrDefault(row.sow().id(), TimeRounding.NONE).apply(row.minutes()))
				.addValue("clientId", row.sow().clientId())
				.addValue("sowId", row.sow().id())
				.addValue("billable", row.billable())
				.addValue("note", row.note())
				.addValue("status", status.name())
				.addValue("role", rate.role())
				.addValue("rateAmount", (rate.hourlyRate() != null) ? rate.hourlyRate().amount() : null)
				.addValue("rateCurrency",
						(rate.hourlyRate() != null) ? rate.hourlyRate().currency().getCurrencyCode() : null)
				.addValue("submittedAt", submitted ? at : null)
				.addValue("approvedBy", approved ? actor.userId() : null)
				.addValue("approvedAt", approved ? at : null)
				.addValue("now", at));
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.batch.batchUpdate(
					"""
							INSERT INTO time_entry (workspace_id, id, user_id, entry_date, minutes, rounded_minutes, client_id,
							                        sow_id, billable, note, status, role, rate_amount, rate_currency, submitted_at,
							                        approved_by, approved_at, created_at, updated_at, version)
							VALUES (:workspaceId, :id, :userId, :date, :minutes, :rounded, :clientId, :sowId, :billable, :note,
							        :status, :role, :rateAmount, :rateCurrency, :submittedAt, :approvedBy, :approvedAt, :now, :now, 0)
							""",
					rows.subList(from, Math.min(from + BATCH, rows.size())).toArray(MapSqlParameterSource[]::new));
		}
		if (approved) {
			this.events.publishEvent(new TimeEntriesApproved(workspaceId, ids, List.copyOf(sowsById.keySet())));
		}
		return ids;
	}

	/**
	 * One audit entry for the import: how many entries, whose, over which days, as what
	 * and from which file.
	 */
	private void audit(CurrentUser actor, String fileName, TimeImportPreset preset, TimeEntryStatus status,
			List<Accepted> accepted, Collection<UUID> ids) {
		long minutes = accepted.stream().mapToLong(Accepted::minutes).sum();
		LocalDate first = accepted.stream().map(Accepted::date).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate last = accepted.stream().map(Accepted::date).max(Comparator.naturalOrder()).orElseThrow();
		String file = (fileName == null || fileName.isBlank()) ? "a file" : fileName.strip();
		Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
		changes.put("entries", new AuditEntry.FieldChange(null, String.valueOf(ids.size())));
		changes.put("hours", new AuditEntry.FieldChange(null, HoursText.clock(minutes)));
		changes.put("people", new AuditEntry.FieldChange(null,
				String.valueOf(accepted.stream().map(Accepted::userId).distinct().count())));
		changes.put("dates", new AuditEntry.FieldChange(null, first + " – " + last));
		changes.put("status", new AuditEntry.FieldChange(null, status.name()));
		changes.put("format", new AuditEntry.FieldChange(null, preset.label()));
		changes.put("file", new AuditEntry.FieldChange(null, file));
		this.events.publishEvent(new AuditedChange(actor.workspaceId(),
				new AuditEntry(TimeEntry.ENTITY_TYPE, Ids.newId(), "IMPORTED",
						"Imported " + ids.size() + " time entr" + ((ids.size() == 1) ? "y" : "ies") + " ("
								+ HoursText.clock(minutes) + " h, " + DateText.of(first) + " – " + DateText.of(last)
								+ ") as " + status.name() + " from " + file + " (" + preset.label() + ")",
						changes)));
	}

	/** Lower-case, stripped, single-spaced, for matching names and e-mails. */
	static String key(String text) {
		return (text == null) ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
