package dev.aorhub.workspace.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateText;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.Role;

/**
 * How the audit log reads to a person: the entries keep API field paths, codes, ids and
 * plain numbers (the API's contract), the page shows labels, words, names and formatted
 * money and dates. Known fields have a label of their own; any other path is split at its
 * capitals ({@code legalName} is "Legal name").
 */
public final class AuditLabels {

	/** What an id the page knows no name for reads as. */
	static final String UNNAMED_RECORD = "a linked record";

	static final String EMPTY = "(empty)";

	private static final Map<String, String> FIELDS = Map.ofEntries(
			Map.entry("paymentTermsDays", "Payment terms (days)"),
			Map.entry("renewalNoticeDays", "Renewal notice (days)"),
			Map.entry("noticePeriodDays", "Notice period (days)"), Map.entry("annualValue", "Annual value"),
			Map.entry("email", "E-mail"), Map.entry("clientId", "Client"), Map.entry("userId", "Person"),
			Map.entry("accountLeadId", "Account lead"), Map.entry("categoryId", "Service category"),
			Map.entry("designationId", "Designation"), Map.entry("designationIds", "Designations"),
			Map.entry("msaId", "MSA"), Map.entry("rateCardId", "Rate card"), Map.entry("reportsToId", "Reports to"),
			Map.entry("nonCompeteCategoryIds", "Non-compete categories"),
			Map.entry("allocationPercent", "Allocation (%)"), Map.entry("discountPercent", "Discount (%)"),
			Map.entry("budgetHours", "Budget (hours)"), Map.entry("hoursChange", "Change in hours"),
			Map.entry("budgetChange", "Change in budget"), Map.entry("autoRenew", "Renews automatically"),
			Map.entry("dedicated", "Dedicated"), Map.entry("default", "Default rate card"),
			Map.entry("timeZone", "Time zone"), Map.entry("baseCurrency", "Base currency"),
			Map.entry("validFrom", "Valid from"), Map.entry("hourlyCost", "Hourly cost"),
			Map.entry("primary", "Primary contact"), Map.entry("billingAddress", "Billing address"));

	private static final Map<String, String> ENTITY_TYPES = Map.of("MSA", "MSA", "SOW", "SOW", "ApiToken", "API token",
			"ChangeOrder", "Change order");

	private static final Map<String, String> ACTIONS = Map.of(AuditEntry.CREATED, "Created", AuditEntry.UPDATED,
			"Changed", AuditEntry.DELETED, "Deleted");

	private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

	private static final Pattern MONEY = Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");

	private static final Pattern MONEY_IN_TEXT = Pattern.compile("(?<![\\w.])(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})\\b");

	private static final Pattern RECORD = Pattern.compile("\\b[A-Z][A-Za-z]*\\[[a-z][A-Za-z]*=");

	private static final Pattern KEY = Pattern.compile("\\b([a-z][A-Za-z]*)=");

	private static final Pattern CODES = Pattern
		.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?:, [A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)*");

	private static final Pattern UUIDS = Pattern.compile(
			"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:, [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})*");

	private AuditLabels() {
	}

	/**
	 * {@code paymentTermsDays} is "Payment terms (days)", {@code annualValue.amount} is
	 * "Annual value".
	 */
	public static String field(String path) {
		String field = path.endsWith(".amount") ? path.substring(0, path.length() - ".amount".length()) : path;
		String known = FIELDS.get(field);
		return (known != null) ? known : AuditEntry.label(field);
	}

	/** {@code TeamAssignment} is "Team assignment". */
	public static String entityType(String type) {
		String known = ENTITY_TYPES.get(type);
		return (known != null) ? known : AuditEntry.label(type);
	}

	/**
	 * {@code UPDATED} is "Changed", {@code INTERNALLY_APPROVED} is "Internally approved".
	 */
	public static String action(String code) {
		String known = ACTIONS.get(code);
		return (known != null) ? known : words(code);
	}

	/** {@code INTERNALLY_APPROVED} is "Internally approved". */
	public static String words(String code) {
		String text = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * A field's value as a person reads it: a name for an id (from {@code names}), words
	 * for a code, "Yes" or "No", money as "USD 120,000.00", a date as "31 Dec 2028".
	 */
	public static String value(String path, String text, Map<UUID, String> names) {
		if (text == null || text.isBlank()) {
			return EMPTY;
		}
		if (UUIDS.matcher(text).matches()) {
			return Arrays.stream(text.split(", "))
				.map((id) -> names.getOrDefault(UUID.fromString(id), UNNAMED_RECORD))
				.collect(Collectors.joining(", "));
		}
		if (text.equals("true") || text.equals("false")) {
			return text.equals("true") ? "Yes" : "No";
		}
		Matcher money = MONEY.matcher(text);
		if (money.matches() && isCurrency(money.group(2))) {
			return new Money(new BigDecimal(money.group(1)), Currency.getInstance(money.group(2))).display();
		}
		if (path.equals("roles")) {
			return Arrays.stream(text.split(", ")).map(AuditLabels::role).collect(Collectors.joining(", "));
		}
		if (CODES.matcher(text).matches() && !path.toLowerCase(Locale.ROOT).endsWith("currency")) {
			return Arrays.stream(text.split(", ")).map(AuditLabels::words).collect(Collectors.joining(", "));
		}
		return dates(readable(text));
	}

	/**
	 * A value some record wrote as Java's record text
	 * ({@code Fixed[amount=25000.00 USD]}) reads as "Fixed (amount: USD 25,000.00)";
	 * money inside any text is formatted too.
	 */
	private static String readable(String text) {
		String result = text;
		if (RECORD.matcher(text).find()) {
			Matcher key = KEY.matcher(result.replace("[", " (").replace("]", ")"));
			StringBuilder out = new StringBuilder(result.length());
			while (key.find()) {
				key.appendReplacement(out,
						Matcher.quoteReplacement(AuditEntry.label(key.group(1)).toLowerCase(Locale.ROOT) + ": "));
			}
			key.appendTail(out);
			result = out.toString().replace(":  (", ": (");
		}
		Matcher money = MONEY_IN_TEXT.matcher(result);
		StringBuilder out = new StringBuilder(result.length());
		while (money.find()) {
			String shown = isCurrency(money.group(2))
					? new Money(new BigDecimal(money.group(1)), Currency.getInstance(money.group(2))).display()
					: money.group();
			money.appendReplacement(out, Matcher.quoteReplacement(shown));
		}
		money.appendTail(out);
		return out.toString();
	}

	/** Text with its ISO dates in the workspace's date format: "from 31 Dec 2028". */
	public static String dates(String text) {
		if (text == null) {
			return null;
		}
		Matcher date = ISO_DATE.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (date.find()) {
			date.appendReplacement(out, Matcher.quoteReplacement(date(date.group(1))));
		}
		date.appendTail(out);
		return out.toString();
	}

	private static String date(String iso) {
		try {
			return DateText.of(LocalDate.parse(iso));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private static String role(String code) {
		try {
			return Role.valueOf(code).label();
		}
		catch (IllegalArgumentException ex) {
			return words(code);
		}
	}

	private static boolean isCurrency(String code) {
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
