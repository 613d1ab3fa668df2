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
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Workspaces;

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

	ClientService(ClientRepository clients, Workspaces workspaces) {
		this.clients = clients;
		this.workspaces = workspaces;
	}

	@Transactional(readOnly = true)
	public Client get(CurrentUser user, UUID id) {
		return this.clients.findByWorkspaceIdAndId(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@CanEdit
	@Transactional
	public Client create(CurrentUser user, ClientDetails details) {
		var problems = new InvalidInputException.Collector();
		details.validate(problems);
		checkNameFree(user, details, null, problems);
		List<Competitor> competitors = resolveCompetitors(user, details, null, problems);
		problems.throwIfAny();
		Client client = new Client(user.workspaceId(), details,
				this.workspaces.settings(user.workspaceId()).baseCurrency(), competitors);
		return this.clients.saveAndFlush(client);
	}

	@CanEdit
	@Transactional
	public Client update(CurrentUser user, UUID id, ClientDetails details, Long version) {
		Client client = get(user, id);
		StaleVersionException.check("The client", version, client.getVersion());
		var problems = new InvalidInputException.Collector();
		details.validate(problems);
		checkNameFree(user, details, id, problems);
		List<Competitor> competitors = resolveCompetitors(user, details, id, problems);
		problems.throwIfAny();
		client.revise(details, this.workspaces.settings(user.workspaceId()).baseCurrency(), competitors);
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
			if (ref == null) {
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
