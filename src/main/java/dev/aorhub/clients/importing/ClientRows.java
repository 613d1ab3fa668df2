package dev.aorhub.clients.importing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.application.ClientRequest;
import dev.aorhub.clients.application.ContactRequest;
import dev.aorhub.clients.domain.ClientDetails;
import jakarta.validation.Validator;

/**
 * Turns mapped import rows into client and contact details, with the row's problems: the
 * text of a cell is parsed here (numbers, yes/no, levels), the rules are the same
 * request's constraints the form and API are checked by, so an imported record obeys
 * exactly what they enforce.
 */
public final class ClientRows {

	/** A client row: the request to save, competitor names to resolve, and problems. */
	public record ClientDraft(int line, ClientRequest request, List<String> competitorNames, List<String> problems) {

		/** What the row would record. */
		public ClientDetails details() {
			return this.request.details();
		}

	}

	/**
	 * A contact row: its client's name, the details to save (the manager still to resolve
	 * from {@code reportsTo}, a name or e-mail), and problems.
	 */
	public record ContactDraft(int line, String clientName, ContactRequest details, String reportsTo,
			List<String> problems) {

		public ContactDraft withDetails(ContactRequest changed) {
			return new ContactDraft(this.line, this.clientName, changed, this.reportsTo, this.problems);
		}

	}

	private ClientRows() {
	}

	/** A client row, checked by {@code validator} against the request's constraints. */
	public static ClientDraft client(MappedRow row, Validator validator) {
		return client(row, validator, null);
	}

	/**
	 * A client row that changes {@code current} when given: a blank or unmapped cell
	 * keeps what the client has, and the change is checked as a whole.
	 */
	public static ClientDraft client(MappedRow row, Validator validator, ClientRequest current) {
		RowProblems problems = new RowProblems(ImportKind.CLIENTS);
		Cells cells = new Cells(row);
		Integer terms = paymentTerms(row.get("paymentTermsDays"), problems);
		ClientStatus status = null;
		String statusText = row.get("status");
		if (statusText != null) {
			status = parseEnum(ClientStatus.class, statusText);
			if (status == null) {
				problems.add("status", "must be PROSPECT, ACTIVE or FORMER (not '" + statusText + "')");
			}
		}
		ClientRequest request;
		List<String> tags = split(row.get("tags"));
		if (current == null) {
			request = new ClientRequest(row.get("name"), row.get("legalName"), row.get("industry"), row.get("website"),
					new ClientRequest.Address(row.get("billingAddress.line1"), row.get("billingAddress.line2"),
							row.get("billingAddress.city"), row.get("billingAddress.region"),
							row.get("billingAddress.postalCode"), row.get("billingAddress.country")),
					row.get("currency"), terms, status, tags, row.get("notes"), List.of(), null);
		}
		else {
			ClientRequest.Address address = current.billingAddress();
			// The name is what matched (in any case), so the client keeps its own.
			request = new ClientRequest(current.name(), cells.text("legalName", current.legalName()),
					cells.text("industry", current.industry()), cells.text("website", current.website()),
					new ClientRequest.Address(cells.text("billingAddress.line1", address.line1()),
							cells.text("billingAddress.line2", address.line2()),
							cells.text("billingAddress.city", address.city()),
							cells.text("billingAddress.region", address.region()),
							cells.text("billingAddress.postalCode", address.postalCode()),
							cells.text("billingAddress.country", address.country())),
					cells.text("currency", current.currency()), (terms != null) ? terms : current.paymentTermsDays(),
					(status != null) ? status : current.status(), tags.isEmpty() ? current.tags() : tags,
					cells.text("notes", current.notes()), current.competitors(), current.version());
		}
		problems.validate(validator, request);
		List<String> competitors = split(row.get("competitors"));
		for (String competitor : competitors) {
			if (competitor.length() > 200) {
				problems.add("competitors", "must each be at most 200 characters");
			}
		}
		return new ClientDraft(row.line(), request, competitors, problems.messages());
	}

	/** A contact row, checked by {@code validator} against the request's constraints. */
	public static ContactDraft contact(MappedRow row, Validator validator) {
		return contact(row, validator, null);
	}

	/**
	 * A contact row that changes {@code current} when given: a blank or unmapped cell
	 * keeps what the contact has (its level and manager too), and the change is checked
	 * as a whole.
	 */
	public static ContactDraft contact(MappedRow row, Validator validator, ContactRequest current) {
		RowProblems problems = new RowProblems(ImportKind.CONTACTS);
		Cells cells = new Cells(row);
		String name = row.get("name");
		if (name == null && (row.get("firstName") != null || row.get("lastName") != null)) {
			name = String.join(" ",
					Stream.of(row.get("firstName"), row.get("lastName")).filter((part) -> part != null).toList());
		}
		ContactLevel level = (current != null) ? current.level() : null;
		String levelText = row.get("level");
		if (levelText == null && current == null) {
			problems.add("level", "is required: EXECUTIVE, SENIOR, MANAGER or WORKING");
		}
		else if (levelText != null) {
			level = parseEnum(ContactLevel.class, levelText);
			if (level == null) {
				problems.add("level", "must be EXECUTIVE, SENIOR, MANAGER or WORKING (not '" + levelText + "')");
			}
		}
		Boolean primary = yesNo(row.get("primary"), (current != null) && Boolean.TRUE.equals(current.primary()),
				"primary", problems);
		Boolean active = yesNo(row.get("active"), (current == null) || Boolean.TRUE.equals(current.active()), "active",
				problems);
		if (row.get("client") == null) {
			problems.add("client", "is required");
		}
		ContactRequest details = (current == null)
				? new ContactRequest(name, row.get("email"), row.get("phone"), row.get("title"), level, primary, null,
						active, row.get("notes"), null)
				: new ContactRequest((name != null) ? name : current.name(), cells.text("email", current.email()),
						cells.text("phone", current.phone()), cells.text("title", current.title()), level, primary,
						current.reportsToId(), active, cells.text("notes", current.notes()), current.version());
		problems.validate(validator, details);
		return new ContactDraft(row.line(), row.get("client"), details, row.get("reportsTo"), problems.messages());
	}

	/** A row's cells as an update reads them: a blank one keeps the current value. */
	private record Cells(MappedRow row) {

		String text(String field, String current) {
			String value = this.row.get(field);
			return (value != null) ? value : current;
		}

	}

	/**
	 * {@code 30}, {@code 30.0} (a spreadsheet number), {@code Net 30} or {@code 30 days}.
	 */
	static Integer paymentTerms(String text, RowProblems problems) {
		if (text == null) {
			return null;
		}
		String cleaned = text.toLowerCase(Locale.ROOT).replaceFirst("^net\\s*", "").replaceFirst("\\s*days?$", "");
		try {
			BigDecimal days = new BigDecimal(cleaned);
			if (days.stripTrailingZeros().scale() <= 0 && days.abs().compareTo(BigDecimal.valueOf(100_000)) < 0) {
				return days.intValueExact();
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			// reported below
		}
		problems.add("paymentTermsDays", "must be a whole number of days (not '" + text + "')");
		return null;
	}

	/** yes/no, true/false, y/n, 1/0 or x; blank is the default. */
	static Boolean yesNo(String text, boolean blank, String field, RowProblems problems) {
		if (text == null) {
			return blank;
		}
		switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true", "1", "x", "✓" -> {
				return true;
			}
			case "no", "n", "false", "0", "-" -> {
				return false;
			}
			default -> {
				problems.add(field, "must be yes or no (not '" + text + "')");
				return blank;
			}
		}
	}

	static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(wanted)).findFirst().orElse(null);
	}

	/** Tags and competitors: comma- or semicolon-separated. */
	static List<String> split(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;]")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

}
