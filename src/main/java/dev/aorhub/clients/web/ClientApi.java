package dev.aorhub.clients.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.domain.BillingAddress;
import dev.aorhub.clients.domain.Brand;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.Contact;

/**
 * The shapes of the clients and contacts API.
 */
final class ClientApi {

	private ClientApi() {
	}

	record CompetitorJson(UUID clientId, String name) {
	}

	record ClientResponse(UUID id, String name, String legalName, String industry, String website,
			BillingAddress billingAddress, String currency, int paymentTermsDays, ClientStatus status,
			List<String> tags, String notes, List<CompetitorJson> competitors, boolean archived, Instant createdAt,
			long version) {

		static ClientResponse of(Client client) {
			return new ClientResponse(client.getId(), client.getName(), client.getLegalName(), client.getIndustry(),
					client.getWebsite(), client.getAddress(), client.getCurrency(), client.getPaymentTermsDays(),
					client.getStatus(), client.getTags(), client.getNotes(),
					client.getCompetitors().stream().map((c) -> new CompetitorJson(c.clientId(), c.name())).toList(),
					client.isArchived(), client.getCreatedAt(), client.getVersion());
		}

	}

	record ClientListItem(UUID id, String name, String legalName, String industry, String website, String currency,
			int paymentTermsDays, ClientStatus status, List<String> tags, boolean archived, long contactCount,
			long version) {

		static ClientListItem of(ClientQueries.ClientRow row) {
			return new ClientListItem(row.id(), row.name(), row.legalName(), row.industry(), row.website(),
					row.currency(), row.paymentTermsDays(), row.status(),
					(row.tags() == null || row.tags().isBlank()) ? List.of() : List.of(row.tags().split(",")),
					row.archived(), row.contactCount(), row.version());
		}

	}

	record ContactResponse(UUID id, UUID clientId, String name, String email, String phone, String title,
			ContactLevel level, boolean primary, UUID reportsToId, boolean active, String notes, boolean archived,
			long version) {

		static ContactResponse of(Contact contact) {
			return new ContactResponse(contact.getId(), contact.getClientId(), contact.getName(), contact.getEmail(),
					contact.getPhone(), contact.getTitle(), contact.getLevel(), contact.isPrimary(),
					contact.getReportsToId(), contact.isActive(), contact.getNotes(), contact.isArchived(),
					contact.getVersion());
		}

		static ContactResponse of(ClientQueries.ContactRow row) {
			return new ContactResponse(row.id(), row.clientId(), row.name(), row.email(), row.phone(), row.title(),
					row.level(), row.primary(), row.reportsToId(), row.active(), null, row.archived(), row.version());
		}

	}

	record BrandResponse(UUID id, UUID clientId, String name, boolean archived, long version) {

		static BrandResponse of(Brand brand) {
			return new BrandResponse(brand.getId(), brand.getClientId(), brand.getName(), brand.isArchived(),
					brand.getVersion());
		}

	}

}
