package dev.aorhub.clients.web;

import java.util.List;

import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;

/**
 * The clients and contacts lists as export tables; the API and the pages share them, and
 * the import reads the same columns back (a contact's "Reports to" is their manager's
 * e-mail, or name without one).
 */
public final class ClientExports {

	public static final List<String> CLIENT_COLUMNS = List.of("Name", "Legal name", "Industry", "Website", "Currency",
			"Payment terms (days)", "Status", "Tags", "Contacts");

	public static final List<String> CONTACT_COLUMNS = List.of("Client", "Name", "E-mail", "Phone", "Title", "Level",
			"Primary", "Active", "Reports to");

	private ClientExports() {
	}

	static TableExport clients(ClientQueries queries, CurrentUser user, ClientQueries.ClientFilter filter, String q,
			String sort) {
		var table = new TableExport("Clients", CLIENT_COLUMNS);
		queries.clients(user.workspaceId(), filter, PageQuery.forExport(q, sort, ClientQueries.CLIENT_SORTING))
			.items()
			.forEach((c) -> table.row(c.name(), c.legalName(), c.industry(), c.website(), c.currency(),
					c.paymentTermsDays(), c.status().name(), (c.tags() != null) ? c.tags().replace(",", ", ") : null,
					c.contactCount()));
		return table;
	}

	static TableExport contacts(ClientQueries queries, CurrentUser user, ClientQueries.ContactFilter filter, String q,
			String sort) {
		var table = new TableExport("Contacts", CONTACT_COLUMNS);
		queries.contacts(user.workspaceId(), filter, PageQuery.forExport(q, sort, ClientQueries.CONTACT_SORTING))
			.items()
			.forEach((p) -> table.row(p.clientName(), p.name(), p.email(), p.phone(), p.title(), p.level().name(),
					p.primary(), p.active(), p.reportsTo()));
		return table;
	}

}
