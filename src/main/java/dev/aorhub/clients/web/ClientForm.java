package dev.aorhub.clients.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.web.FieldLimits;
import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.application.ClientRequest;
import dev.aorhub.clients.application.ClientRequest.CompetitorEntry;
import dev.aorhub.clients.domain.BillingAddress;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.Competitor;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.web.FormBinding;
import dev.aorhub.shared.web.FormErrors;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The client form as a page lays it out, typed, and turned into the one
 * {@link ClientRequest} the API takes too: the address flat, tags and other competitors
 * as comma-separated text, competitors among our clients as picked ids. Only the layout
 * is the form's; every rule is the request's and the service's.
 */
@FieldLimits.ValidatedAs(ClientRequest.class)
record ClientForm(String name, String legalName, String industry, String website, String line1, String line2,
		String city, String region, String postalCode, String country, String currency, Integer paymentTermsDays,
		ClientStatus status, String tags, String notes, List<UUID> competitorIds, String otherCompetitors,
		Long version) {

	ClientForm {
		competitorIds = (competitorIds != null)
				? List.copyOf(competitorIds.stream().filter((id) -> id != null).toList()) : List.of();
	}

	static ClientForm empty(String currency) {
		return new ClientForm("", "", "", "", "", "", "", "", "", "", currency, 30, ClientStatus.ACTIVE, "", "",
				List.of(), "", null);
	}

	static ClientForm of(Client client) {
		BillingAddress address = client.getAddress();
		List<UUID> ids = client.getCompetitors().stream().map(Competitor::clientId).filter((id) -> id != null).toList();
		String others = String.join(", ",
				client.getCompetitors().stream().filter((c) -> c.clientId() == null).map(Competitor::name).toList());
		return new ClientForm(client.getName(), client.getLegalName(), client.getIndustry(), client.getWebsite(),
				address.line1(), address.line2(), address.city(), address.region(), address.postalCode(),
				address.country(), client.getCurrency(), client.getPaymentTermsDays(), client.getStatus(),
				String.join(", ", client.getTags()), client.getNotes(), ids, others, client.getVersion());
	}

	/**
	 * The values that were read, when one could not be (binding then makes no record):
	 * the rest of the form is still checked and shown.
	 */
	@SuppressWarnings("unchecked")
	static ClientForm readable(ClientForm form, BindingResult result) {
		if (form != null) {
			return form;
		}
		return new ClientForm(text(result, "name"), text(result, "legalName"), text(result, "industry"),
				text(result, "website"), text(result, "line1"), text(result, "line2"), text(result, "city"),
				text(result, "region"), text(result, "postalCode"), text(result, "country"), text(result, "currency"),
				FormBinding.read(result, "paymentTermsDays", Integer.class),
				FormBinding.read(result, "status", ClientStatus.class), text(result, "tags"), text(result, "notes"),
				FormBinding.read(result, "competitorIds", List.class), text(result, "otherCompetitors"),
				FormBinding.read(result, "version", Long.class));
	}

	/**
	 * The values binding could not read, named as the request names them, with what this
	 * form's fields expect.
	 */
	static List<FieldProblem> unreadable(BindingResult result) {
		return result.getFieldErrors().stream().filter(FieldError::isBindingFailure).map((error) -> {
			String field = error.getField();
			if (field.equals("paymentTermsDays")) {
				return new FieldProblem(field, "must be a whole number of days");
			}
			if (field.equals("status")) {
				return new FieldProblem(field, "must be Prospect, Active or Former");
			}
			return new FieldProblem(field, FormErrors.message(error, result));
		}).toList();
	}

	/** The request the form stands for. */
	ClientRequest request() {
		List<CompetitorEntry> competitors = new ArrayList<>();
		this.competitorIds.forEach((id) -> competitors.add(new CompetitorEntry(id, null)));
		split(this.otherCompetitors).forEach((name) -> competitors.add(new CompetitorEntry(null, name)));
		return new ClientRequest(this.name, this.legalName, this.industry, this.website,
				new ClientRequest.Address(this.line1, this.line2, this.city, this.region, this.postalCode,
						this.country),
				this.currency, this.paymentTermsDays, this.status, split(this.tags), this.notes, competitors,
				this.version);
	}

	/**
	 * The request's field names (the API's) as this form names them: the address flat,
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
			else if (field.startsWith("competitorIds")) {
				field = "competitorIds";
			}
			else if (field.startsWith("competitors[")) {
				int index = Integer.parseInt(field.substring("competitors[".length(), field.indexOf(']')));
				field = (index < this.competitorIds.size()) ? "competitorIds" : "otherCompetitors";
			}
			errors.putIfAbsent(field, problem.message());
		}
		return errors;
	}

	/** Comma-, semicolon- or line-separated text as its parts. */
	static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\n;]")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	private static String text(BindingResult result, String field) {
		return FormBinding.read(result, field, String.class);
	}

}
