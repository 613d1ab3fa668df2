package dev.aorhub.clients.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.domain.BillingAddress;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.ClientDetails;
import dev.aorhub.clients.domain.ClientDetails.CompetitorRef;
import dev.aorhub.clients.domain.Competitor;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;

/**
 * The client form as typed: flat fields, tags and other competitors as comma-separated
 * text, competitors among our clients as picked ids. Numbers and choices arrive as text
 * so a bad value is a message beside its field, never a 400 page.
 */
record ClientForm(String name, String legalName, String industry, String website, String line1, String line2,
		String city, String region, String postalCode, String country, String currency, String paymentTermsDays,
		String status, String tags, String notes, List<UUID> competitorIds, String otherCompetitors, Long version) {

	ClientForm {
		competitorIds = (competitorIds != null)
				? List.copyOf(competitorIds.stream().filter((id) -> id != null).toList()) : List.of();
	}

	static ClientForm empty(String currency) {
		return new ClientForm("", "", "", "", "", "", "", "", "", "", currency, "30", ClientStatus.ACTIVE.name(), "",
				"", List.of(), "", null);
	}

	static ClientForm of(Client client) {
		BillingAddress address = client.getAddress();
		List<UUID> ids = client.getCompetitors().stream().map(Competitor::clientId).filter((id) -> id != null).toList();
		String others = String.join(", ",
				client.getCompetitors().stream().filter((c) -> c.clientId() == null).map(Competitor::name).toList());
		return new ClientForm(client.getName(), client.getLegalName(), client.getIndustry(), client.getWebsite(),
				address.line1(), address.line2(), address.city(), address.region(), address.postalCode(),
				address.country(), client.getCurrency(), String.valueOf(client.getPaymentTermsDays()),
				client.getStatus().name(), String.join(", ", client.getTags()), client.getNotes(), ids, others,
				client.getVersion());
	}

	/**
	 * The details to save; problems of the form's own parsing are added to
	 * {@code problems} under the form's field names.
	 */
	ClientDetails details(InvalidInputException.Collector problems) {
		Integer terms = null;
		if (this.paymentTermsDays != null && !this.paymentTermsDays.isBlank()) {
			try {
				terms = Integer.valueOf(this.paymentTermsDays.strip());
			}
			catch (NumberFormatException ex) {
				problems.add("paymentTermsDays", "must be a whole number of days");
			}
		}
		ClientStatus clientStatus = null;
		if (this.status != null && !this.status.isBlank()) {
			try {
				clientStatus = ClientStatus.valueOf(this.status);
			}
			catch (IllegalArgumentException ex) {
				problems.add("status", "must be Prospect, Active or Former");
			}
		}
		List<CompetitorRef> competitors = new ArrayList<>();
		this.competitorIds.forEach((id) -> competitors.add(new CompetitorRef(id, null)));
		split(this.otherCompetitors).forEach((name) -> competitors.add(new CompetitorRef(null, name)));
		return new ClientDetails(this.name, this.legalName, this.industry, this.website,
				new BillingAddress(this.line1, this.line2, this.city, this.region, this.postalCode, this.country),
				this.currency, terms, clientStatus, split(this.tags), this.notes, competitors);
	}

	/**
	 * The service's field names (the API's) as this form names them: the address flat,
	 * competitors by how they were given.
	 */
	Map<String, String> errors(List<FieldProblem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			String field = problem.field();
			if (field.startsWith("billingAddress.")) {
				field = field.substring("billingAddress.".length());
			}
			else if (field.startsWith("tags")) {
				field = "tags";
			}
			else if (field.startsWith("competitors[")) {
				int index = Integer.parseInt(field.substring("competitors[".length(), field.indexOf(']')));
				field = (index < this.competitorIds.size()) ? "competitorIds" : "otherCompetitors";
			}
			errors.putIfAbsent(field, problem.message());
		}
		return errors;
	}

	static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\n;]")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

}
