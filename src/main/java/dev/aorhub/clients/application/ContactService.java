package dev.aorhub.clients.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.Contact;
import dev.aorhub.clients.domain.ContactRepository;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people at a client: one primary contact at most, and an org chart without loops.
 */
@Service
public class ContactService {

	static final String ENTITY = Contact.ENTITY_TYPE;

	private static final int MAX_CHAIN = 50;

	private final ContactRepository contacts;

	private final ClientService clients;

	private final Validator validator;

	ContactService(ContactRepository contacts, ClientService clients, Validator validator) {
		this.contacts = contacts;
		this.clients = clients;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public Contact get(CurrentUser user, UUID clientId, UUID id) {
		this.clients.get(user, clientId);
		return this.contacts.findByWorkspaceIdAndClientIdAndId(user.workspaceId(), clientId, id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * Adds a contact; {@code unreadable} are the values the caller's binding could not
	 * read (they are reported with every other problem of the request).
	 */
	@CanEdit
	@Transactional
	public Contact create(CurrentUser user, UUID clientId, ContactRequest request, List<FieldProblem> unreadable) {
		Client client = this.clients.get(user, clientId);
		validate(user, clientId, null, request, unreadable);
		Contact contact = this.contacts
			.saveAndFlush(new Contact(user.workspaceId(), clientId, request.details(), client.getName()));
		keepOnePrimary(user, contact);
		return contact;
	}

	/** Changes a contact with the request's version, the one the caller saw. */
	@CanEdit
	@Transactional
	public Contact update(CurrentUser user, UUID clientId, UUID id, ContactRequest request,
			List<FieldProblem> unreadable) {
		Contact contact = get(user, clientId, id);
		StaleVersionException.check("The contact", request.version(), contact.getVersion());
		validate(user, clientId, id, request, unreadable);
		contact.change(request.details());
		keepOnePrimary(user, contact);
		return this.contacts.saveAndFlush(contact);
	}

	@CanEdit
	@Transactional
	public void archive(CurrentUser user, UUID clientId, UUID id) {
		Contact contact = get(user, clientId, id);
		contact.archive();
		this.contacts.saveAndFlush(contact);
	}

	@CanEdit
	@Transactional
	public Contact restore(CurrentUser user, UUID clientId, UUID id) {
		Contact contact = get(user, clientId, id);
		contact.restore();
		return this.contacts.saveAndFlush(contact);
	}

	private void keepOnePrimary(CurrentUser user, Contact contact) {
		if (!contact.isPrimary()) {
			return;
		}
		for (Contact other : this.contacts.findByWorkspaceIdAndClientIdAndPrimaryTrueAndIdNot(user.workspaceId(),
				contact.getClientId(), contact.getId())) {
			other.notPrimary();
			this.contacts.saveAndFlush(other);
		}
	}

	/**
	 * The request's constraints with the values binding could not read, then the org
	 * chart's rules, in one answer.
	 */
	private void validate(CurrentUser user, UUID clientId, UUID selfId, ContactRequest request,
			List<FieldProblem> unreadable) {
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		checkReportsTo(user, clientId, selfId, request.reportsToId(), problems);
		problems.throwIfAny();
	}

	/** The manager must be a contact at the same client, and the chain must not loop. */
	private void checkReportsTo(CurrentUser user, UUID clientId, UUID selfId, UUID reportsToId,
			InvalidInputException.Collector problems) {
		if (reportsToId == null) {
			return;
		}
		Set<UUID> chain = new HashSet<>();
		if (selfId != null) {
			chain.add(selfId);
		}
		UUID next = reportsToId;
		while (next != null && chain.size() < MAX_CHAIN) {
			if (!chain.add(next)) {
				problems.add("reportsToId", "would make the org chart loop");
				return;
			}
			var manager = this.contacts.findByWorkspaceIdAndClientIdAndId(user.workspaceId(), clientId, next);
			if (manager.isEmpty()) {
				problems.add("reportsToId", "is not a contact at this client");
				return;
			}
			next = manager.get().getReportsToId();
		}
	}

}
