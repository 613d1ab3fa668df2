package dev.aorhub.clients.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.Clients;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.ClientDetails;
import dev.aorhub.clients.domain.ClientDetails.CompetitorRef;
import dev.aorhub.clients.domain.ClientRepository;
import dev.aorhub.clients.domain.Competitor;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Workspaces;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and archives clients, with their competitor lists.
 */
@Service
public class ClientService {

	static final String ENTITY = Clients.ENTITY_TYPE;

	private final ClientRepository clients;

	private final Workspaces workspaces;

	private final Validator validator;

	ClientService(ClientRepository clients, Workspaces workspaces, Validator validator) {
		this.clients = clients;
		this.workspaces = workspaces;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public Client get(CurrentUser user, UUID id) {
		return this.clients.findByWorkspaceIdAndId(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * Adds a client; {@code unreadable} are the values the caller's binding could not
	 * read (they are reported with every other problem of the request).
	 */
	@CanEdit
	@Transactional
	public Client create(CurrentUser user, ClientRequest request, List<FieldProblem> unreadable) {
		List<Competitor> competitors = validate(user, request, unreadable, null);
		Client client = new Client(user.workspaceId(), request.details(),
				this.workspaces.settings(user.workspaceId()).baseCurrency(), competitors);
		return this.clients.saveAndFlush(client);
	}

	/** Changes a client with the request's version, the one the caller saw. */
	@CanEdit
	@Transactional
	public Client update(CurrentUser user, UUID id, ClientRequest request, List<FieldProblem> unreadable) {
		Client client = get(user, id);
		StaleVersionException.check("The client", request.version(), client.getVersion());
		List<Competitor> competitors = validate(user, request, unreadable, id);
		client.revise(request.details(), this.workspaces.settings(user.workspaceId()).baseCurrency(), competitors);
		return this.clients.saveAndFlush(client);
	}

	/** Clients are never deleted: their history and contracts stay. */
	@CanEdit
	@Transactional
	public Client archive(CurrentUser user, UUID id) {
		Client client = get(user, id);
		client.archive();
		return this.clients.saveAndFlush(client);
	}

	@CanEdit
	@Transactional
	public Client restore(CurrentUser user, UUID id) {
		Client client = get(user, id);
		client.restore();
		return this.clients.saveAndFlush(client);
	}

	/**
	 * The request's constraints with the values binding could not read, then the rules
	 * that span the request or need the workspace, in one answer; the competitors as the
	 * client keeps them.
	 */
	private List<Competitor> validate(CurrentUser user, ClientRequest request, List<FieldProblem> unreadable, UUID id) {
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		ClientDetails details = request.details();
		// The tags are kept joined in one column of 500 characters.
		problems.check(String.join(",", details.normalisedTags()).length() <= 500, "tags", "are too many");
		checkNameFree(user, details, id, problems);
		List<Competitor> competitors = resolveCompetitors(user, details, id, problems);
		problems.throwIfAny();
		return competitors;
	}

	private void checkNameFree(CurrentUser user, ClientDetails details, UUID id,
			InvalidInputException.Collector problems) {
		if (details.name() != null && !details.name().isBlank() && this.clients.existsByWorkspaceIdAndNameKeyAndIdNot(
				user.workspaceId(), Client.nameKey(details.name()), (id != null) ? id : new UUID(0, 0))) {
			problems.add("name", "is already the name of another client");
		}
	}

	/** Competitors named by client id take that client's name; one entry per name. */
	private List<Competitor> resolveCompetitors(CurrentUser user, ClientDetails details, UUID selfId,
			InvalidInputException.Collector problems) {
		List<Competitor> resolved = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<CompetitorRef> refs = details.competitors();
		for (int i = 0; i < refs.size(); i++) {
			CompetitorRef ref = refs.get(i);
			if (ref == null || (ref.clientId() == null && (ref.name() == null || ref.name().isBlank()))) {
				problems.add("competitors[" + i + "]", "needs a client or a name");
				continue;
			}
			String name = (ref.name() != null) ? ref.name().strip() : null;
			if (ref.clientId() != null) {
				if (ref.clientId().equals(selfId)) {
					problems.add("competitors[" + i + "].clientId", "cannot be the client itself");
					continue;
				}
				var other = this.clients.findByWorkspaceIdAndId(user.workspaceId(), ref.clientId());
				if (other.isEmpty()) {
					problems.add("competitors[" + i + "].clientId", "is not a client of this workspace");
					continue;
				}
				name = other.get().getName();
			}
			if (name != null && !name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
				resolved.add(new Competitor(user.workspaceId(), name, ref.clientId()));
			}
		}
		return resolved;
	}

}
