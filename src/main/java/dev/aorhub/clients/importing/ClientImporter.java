package dev.aorhub.clients.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import dev.aorhub.clients.application.ClientRequest;
import dev.aorhub.clients.application.ClientRequest.CompetitorEntry;
import dev.aorhub.clients.application.ClientService;
import dev.aorhub.clients.application.ContactRequest;
import dev.aorhub.clients.application.ContactService;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.importing.ClientRows.ClientDraft;
import dev.aorhub.clients.importing.ClientRows.ContactDraft;
import dev.aorhub.clients.importing.ImportResult.LineError;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports clients and contacts from a mapped file, all or nothing: every row is checked
 * first (its own fields, then against the workspace and the rest of the file), and only a
 * file without a single problem is saved, in one transaction, through the same services
 * as the form and the API (so every record is validated and audited the same way). A dry
 * run checks and saves nothing.
 */
@Service
public class ClientImporter {

	/**
	 * An answer lists at most this many problems; {@code rowsRejected} counts them all.
	 */
	static final int MAX_ERRORS = 1000;

	private final ClientService clients;

	private final ContactService contacts;

	/** Rows saved between two clears of the persistence context. */
	static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final EntityManager entities;

	private final Validator validator;

	private final ImportedTables imported;

	ClientImporter(ClientService clients, ContactService contacts, JdbcClient jdbc, EntityManager entities,
			Validator validator, ImportedTables imported) {
		this.imported = imported;
		this.clients = clients;
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.entities = entities;
		this.validator = validator;
	}

	/** A client of the workspace as the import looks it up by name. */
	record KnownClient(UUID id, String name, boolean archived) {
	}

	/** A saved contact as a contact row's manager may name it. */
	record KnownContact(UUID id, UUID clientId, String name, String email) {
	}

	/**
	 * Imports clients.
	 * @throws ImportRejectedException when any row is invalid (nothing is saved)
	 */
	@CanEdit
	@Transactional
	public ImportResult importClients(CurrentUser user, TabularFile file, ColumnMapping mapping, boolean dryRun,
			ExistingRecords existing) {
		Map<String, KnownClient> known = knownClients(user.workspaceId());
		Map<ClientDraft, Client> updates = new HashMap<>();
		List<ClientDraft> drafts = new ArrayList<>();
		for (MappedRow row : mapping.apply(file)) {
			KnownClient match = (existing == ExistingRecords.UPDATE) ? known.get(key(row.get("name"))) : null;
			if (match != null && !match.archived()) {
				Client client = this.clients.get(user, match.id());
				ClientDraft draft = ClientRows.client(row, this.validator, ClientRequest.of(client));
				updates.put(draft, client);
				drafts.add(draft);
			}
			else {
				drafts.add(ClientRows.client(row, this.validator));
			}
		}
		Map<String, Integer> lineByName = new HashMap<>();
		Problems problems = new Problems();
		for (ClientDraft draft : drafts) {
			draft.problems().forEach((message) -> problems.add(draft.line(), message));
			String name = key(draft.details().name());
			if (name == null) {
				continue;
			}
			Integer first = lineByName.putIfAbsent(name, draft.line());
			if (first != null) {
				problems.add(draft.line(),
						"Name '" + draft.details().name().strip() + "' is on line " + first + " too");
			}
			else if (known.containsKey(name) && known.get(name).archived() && existing == ExistingRecords.UPDATE) {
				problems.add(draft.line(), "Client '" + known.get(name).name() + "' is archived; restore it first");
			}
			else if (known.containsKey(name) && !updates.containsKey(draft)) {
				problems.add(draft.line(), "Name '" + draft.details().name().strip()
						+ "' is already a client; choose to update existing clients to change it");
			}
			if (draft.competitorNames().stream().anyMatch((competitor) -> name.equals(key(competitor)))) {
				problems.add(draft.line(), "Competitors cannot name the client itself");
			}
		}
		problems.throwIfAny(drafts.size(), dryRun);
		if (dryRun) {
			return new ImportResult(drafts.size(), 0, 0, List.of(), true, updates.size());
		}

		// Competitors that are clients (already, or further down the file) are linked by
		// id, so conflict checks see them; the ones further down are linked once saved.
		Saver saver = new Saver(drafts.size());
		Map<String, UUID> saved = new HashMap<>();
		Map<ClientDraft, Client> later = new LinkedHashMap<>();
		for (ClientDraft draft : drafts) {
			List<CompetitorEntry> refs = new ArrayList<>();
			boolean waits = false;
			for (String competitor : draft.competitorNames()) {
				KnownClient other = known.get(key(competitor));
				UUID id = (other != null) ? other.id() : saved.get(key(competitor));
				if (id != null) {
					refs.add(new CompetitorEntry(id, null));
				}
				else if (lineByName.containsKey(key(competitor))) {
					waits = true;
				}
				else {
					refs.add(new CompetitorEntry(null, competitor));
				}
			}
			Client current = updates.get(draft);
			// An update keeps the client's competitors unless its row names some.
			List<CompetitorEntry> competitors = (current != null && draft.competitorNames().isEmpty())
					? draft.request().competitors() : refs;
			Client client = saver.save(draft.line(),
					() -> (current != null)
							? this.clients.update(user, current.getId(), draft.request().withCompetitors(competitors),
									List.of())
							: this.clients.create(user, draft.request().withCompetitors(competitors), List.of()));
			saved.put(key(client.getName()), client.getId());
			if (waits) {
				later.put(draft, client);
			}
		}
		later.forEach((draft, client) -> {
			List<CompetitorEntry> refs = new ArrayList<>();
			for (String competitor : draft.competitorNames()) {
				KnownClient other = known.get(key(competitor));
				UUID id = (other != null) ? other.id() : saved.get(key(competitor));
				refs.add((id != null) ? new CompetitorEntry(id, null) : new CompetitorEntry(null, competitor));
			}
			saver.save(draft.line(), () -> this.clients.update(user, client.getId(),
					draft.request().withCompetitors(refs).withVersion(client.getVersion()), List.of()));
		});
		this.imported.analyseAfterCommit(List.of("client", "client_competitor"));
		return new ImportResult(drafts.size(), drafts.size(), 0, List.of(), false, updates.size());
	}

	/**
	 * Imports contacts, each matched to its client by the client's name. A manager
	 * ({@code reportsTo}) is named by e-mail or name, among the client's saved contacts
	 * and the file's rows; managers in the file are saved before their reports.
	 * @throws ImportRejectedException when any row is invalid (nothing is saved)
	 */
	@CanEdit
	@Transactional
	public ImportResult importContacts(CurrentUser user, TabularFile file, ColumnMapping mapping, boolean dryRun,
			ExistingRecords existingRecords) {
		Map<String, KnownClient> known = knownClients(user.workspaceId());
		List<KnownContact> savedContacts = knownContacts(user.workspaceId());
		Map<String, KnownContact> savedByEmail = new HashMap<>();
		savedContacts.stream()
			.filter((contact) -> contact.email() != null)
			.forEach((contact) -> savedByEmail.putIfAbsent(contact.clientId() + "|" + contact.email(), contact));
		// On an update a row whose client and e-mail match a saved contact changes it.
		List<ContactDraft> drafts = new ArrayList<>();
		List<MappedRow> mappedRows = mapping.apply(file);
		UUID[] updating = new UUID[mappedRows.size()];
		Set<UUID> updated = new HashSet<>();
		for (int i = 0; i < mappedRows.size(); i++) {
			MappedRow row = mappedRows.get(i);
			KnownClient client = known.get(key(row.get("client")));
			KnownContact match = (existingRecords == ExistingRecords.UPDATE && client != null && !client.archived())
					? savedByEmail.get(client.id() + "|" + key(row.get("email"))) : null;
			if (match != null && updated.add(match.id())) {
				updating[i] = match.id();
				drafts.add(ClientRows.contact(row, this.validator,
						ContactRequest.of(this.contacts.get(user, match.clientId(), match.id()))));
			}
			else {
				drafts.add(ClientRows.contact(row, this.validator));
			}
		}
		int count = drafts.size();
		// The saved contacts the file changes are its rows now, for managers to name.
		List<KnownContact> existing = savedContacts.stream()
			.filter((contact) -> !updated.contains(contact.id()))
			.toList();
		Problems problems = new Problems();
		UUID[] clientOf = new UUID[count];
		Map<String, Integer> lineByEmail = new HashMap<>();
		Map<UUID, Integer> primaryLine = new HashMap<>();
		Set<String> savedEmails = new HashSet<>();
		existing.stream()
			.filter((contact) -> contact.email() != null)
			.forEach((contact) -> savedEmails.add(contact.clientId() + "|" + contact.email()));

		for (int i = 0; i < count; i++) {
			ContactDraft draft = drafts.get(i);
			int line = draft.line();
			draft.problems().forEach((message) -> problems.add(line, message));
			if (draft.clientName() == null) {
				continue;
			}
			KnownClient client = known.get(key(draft.clientName()));
			if (client == null) {
				problems.add(line, "Client '" + draft.clientName() + "' is not one of your clients");
				continue;
			}
			if (client.archived()) {
				problems.add(line, "Client '" + client.name() + "' is archived; restore it first");
				continue;
			}
			clientOf[i] = client.id();
			String email = key(draft.details().email());
			if (email != null) {
				if (updating[i] == null && savedEmails.contains(client.id() + "|" + email)) {
					problems.add(line, "E-mail " + email + " is already a contact at " + client.name()
							+ "; choose to update existing contacts to change it");
				}
				else {
					Integer first = lineByEmail.putIfAbsent(client.id() + "|" + email, line);
					if (first != null) {
						problems.add(line, "E-mail " + email + " is on line " + first + " too");
					}
				}
			}
			if (Boolean.TRUE.equals(draft.details().primary())) {
				Integer first = primaryLine.putIfAbsent(client.id(), line);
				if (first != null) {
					problems.add(line, "Primary: " + client.name() + " can have one primary contact, and line " + first
							+ " is primary too");
				}
			}
		}

		// Each row's manager: another row of the file (by index) or a saved contact,
		// found
		// by e-mail when the reference has an @, else by name, within the same client.
		Map<String, List<Integer>> rowsByRef = new HashMap<>();
		for (int j = 0; j < count; j++) {
			if (clientOf[j] != null) {
				ContactRequest details = drafts.get(j).details();
				for (String ref : new String[] { key(details.email()), key(details.name()) }) {
					if (ref != null) {
						rowsByRef.computeIfAbsent(clientOf[j] + "|" + ref, (k) -> new ArrayList<>()).add(j);
					}
				}
			}
		}
		Map<String, List<UUID>> savedByRef = new HashMap<>();
		for (KnownContact contact : existing) {
			for (String ref : new String[] { contact.email(), contact.name() }) {
				if (ref != null) {
					savedByRef.computeIfAbsent(contact.clientId() + "|" + ref, (k) -> new ArrayList<>())
						.add(contact.id());
				}
			}
		}
		int[] managerRow = new int[count];
		UUID[] managerId = new UUID[count];
		Arrays.fill(managerRow, -1);
		for (int i = 0; i < count; i++) {
			ContactDraft draft = drafts.get(i);
			if (clientOf[i] == null || draft.reportsTo() == null) {
				continue;
			}
			String ref = clientOf[i] + "|" + key(draft.reportsTo());
			List<Integer> rows = rowsByRef.getOrDefault(ref, List.of());
			List<UUID> saved = savedByRef.getOrDefault(ref, List.of());
			String clientName = known.get(key(draft.clientName())).name();
			int matches = rows.size() + saved.size();
			if (rows.contains(i)) {
				problems.add(draft.line(), "Reports to cannot be the contact themselves");
			}
			else if (matches == 0) {
				problems.add(draft.line(), "Reports to '" + draft.reportsTo() + "' is not a contact at " + clientName);
			}
			else if (matches > 1) {
				problems.add(draft.line(), "Reports to '" + draft.reportsTo() + "' matches " + matches + " contacts at "
						+ clientName + "; use their e-mail");
			}
			else if (rows.size() == 1) {
				managerRow[i] = rows.get(0);
			}
			else {
				managerId[i] = saved.get(0);
			}
		}
		reportLoops(drafts, managerRow, problems);
		problems.throwIfAny(count, dryRun);
		if (dryRun) {
			return new ImportResult(count, 0, 0, List.of(), true, updated.size());
		}

		// Managers first: a row is saved once the row it reports to has been.
		List<List<Integer>> reports = new ArrayList<>();
		Deque<Integer> ready = new ArrayDeque<>();
		for (int i = 0; i < count; i++) {
			reports.add(new ArrayList<>());
		}
		for (int i = 0; i < count; i++) {
			if (managerRow[i] >= 0) {
				reports.get(managerRow[i]).add(i);
			}
			else {
				ready.add(i);
			}
		}
		Saver saver = new Saver(count);
		UUID[] savedIds = new UUID[count];
		while (!ready.isEmpty()) {
			int i = ready.poll();
			ContactDraft draft = drafts.get(i);
			UUID manager = (managerRow[i] >= 0) ? savedIds[managerRow[i]] : managerId[i];
			// An update keeps the contact's manager unless its row names one.
			ContactRequest withManager = (updating[i] != null && draft.reportsTo() == null) ? draft.details()
					: draft.details().reportingTo(manager);
			UUID contactId = updating[i];
			savedIds[i] = saver.save(draft.line(),
					() -> (contactId != null)
							? this.contacts.update(user, clientOf[i], contactId, withManager, List.of()).getId()
							: this.contacts.create(user, clientOf[i], withManager, List.of()).getId());
			ready.addAll(reports.get(i));
		}
		this.imported.analyseAfterCommit(List.of("contact"));
		return new ImportResult(count, count, 0, List.of(), false, updated.size());
	}

	/** Rows whose reports-to chain inside the file comes back to them. */
	private static void reportLoops(List<ContactDraft> drafts, int[] managerRow, Problems problems) {
		int[] state = new int[drafts.size()]; // 0 unseen, 1 on the current path, 2 done
		for (int start = 0; start < drafts.size(); start++) {
			List<Integer> path = new ArrayList<>();
			int at = start;
			while (at >= 0 && state[at] == 0) {
				state[at] = 1;
				path.add(at);
				at = managerRow[at];
			}
			if (at >= 0 && state[at] == 1) {
				List<Integer> loop = path.subList(path.indexOf(at), path.size());
				String lines = String.join(", ",
						loop.stream().map((row) -> String.valueOf(drafts.get(row).line())).sorted().toList());
				loop.forEach((row) -> problems.add(drafts.get(row).line(),
						"Reports to makes a loop in the org chart (lines " + lines + ")"));
			}
			path.forEach((row) -> state[row] = 2);
		}
	}

	private Map<String, KnownClient> knownClients(UUID workspaceId) {
		Map<String, KnownClient> known = new HashMap<>();
		this.jdbc.sql("SELECT id, name, archived FROM client WHERE workspace_id = :workspaceId")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> new KnownClient(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBoolean("archived")))
			.list()
			.forEach((client) -> known.putIfAbsent(key(client.name()), client));
		return known;
	}

	private List<KnownContact> knownContacts(UUID workspaceId) {
		return this.jdbc.sql(
				"SELECT id, client_id, name, email FROM contact WHERE workspace_id = :workspaceId AND archived = FALSE")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> new KnownContact(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					key(rs.getString("name")), key(rs.getString("email"))))
			.list();
	}

	/**
	 * Saves the rows of one import: a rule only the service knows (or a record someone
	 * saved meanwhile) rejects the whole import and rolls it back.
	 */
	private final class Saver {

		private final int rowsRead;

		private int sinceClear;

		Saver(int rowsRead) {
			this.rowsRead = rowsRead;
		}

		<T> T save(int line, Supplier<T> save) {
			T saved;
			try {
				saved = save.get();
			}
			catch (InvalidInputException ex) {
				List<LineError> errors = ex.problems()
					.stream()
					.map((problem) -> new LineError(line, problem.field() + " " + problem.message()))
					.toList();
				throw new ImportRejectedException(new ImportResult(this.rowsRead, 0, 1, errors, false));
			}
			// Thousands of rows in one transaction: without a clear now and then, every
			// flush would check every record saved so far again.
			if (++this.sinceClear >= BATCH) {
				ClientImporter.this.entities.flush();
				ClientImporter.this.entities.clear();
				this.sinceClear = 0;
			}
			return saved;
		}

	}

	/** Lower-case and stripped, for matching names and e-mails; null when blank. */
	static String key(String text) {
		return (text == null || text.isBlank()) ? null : text.strip().toLowerCase(Locale.ROOT);
	}

	/** The problems of the whole file, by line. */
	private static final class Problems {

		private final List<LineError> errors = new ArrayList<>();

		private final Set<Integer> lines = new LinkedHashSet<>();

		void add(int line, String message) {
			this.errors.add(new LineError(line, message));
			this.lines.add(line);
		}

		void throwIfAny(int rowsRead, boolean dryRun) {
			if (this.errors.isEmpty()) {
				return;
			}
			List<LineError> sorted = this.errors.stream()
				.sorted(Comparator.comparingInt(LineError::line))
				.limit(MAX_ERRORS)
				.toList();
			throw new ImportRejectedException(new ImportResult(rowsRead, 0, this.lines.size(), sorted, dryRun));
		}

	}

}
