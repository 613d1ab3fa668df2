package dev.aorhub.contracts.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.aorhub.shared.time.DateText;
import dev.aorhub.contracts.FeeType;
import dev.aorhub.contracts.domain.FeeInput.MilestoneInput;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.time.DateRange;

/**
 * The rules a SOW's fees follow, checked all at once with each problem named by its path
 * ({@code fees[1].percent}): a known type, the parameters that type requires and none
 * that belong to another, no negative money, no percent over 100, and every amount in the
 * client's currency.
 */
public final class FeeRules {

	public static final int MAX_FEES = 20;

	public static final int MAX_MILESTONES = 50;

	public static final int MAX_NAME = 200;

	private final Currency currency;

	private final DateRange term;

	/**
	 * @param currency the client's currency, which every amount must be in
	 * @param term the SOW's term milestones must fall in, or null when unknown
	 */
	public FeeRules(Currency currency, DateRange term) {
		this.currency = currency;
		this.term = term;
	}

	/**
	 * The fees, or an empty list with problems added when any is invalid (then nothing
	 * may be saved).
	 */
	public List<Fee> parse(List<FeeInput> inputs, InvalidInputException.Collector problems) {
		List<Fee> fees = new ArrayList<>();
		if (inputs == null || inputs.isEmpty()) {
			problems.add("fees", "need at least one fee");
			return fees;
		}
		if (inputs.size() > MAX_FEES) {
			problems.add("fees", "are at most " + MAX_FEES);
			return fees;
		}
		boolean valid = true;
		for (int i = 0; i < inputs.size(); i++) {
			Fee fee = parse(inputs.get(i), "fees[" + i + "]", problems);
			if (fee != null) {
				fees.add(fee);
			}
			else {
				valid = false;
			}
		}
		return valid ? fees : List.of();
	}

	Fee parse(FeeInput input, String path, InvalidInputException.Collector problems) {
		if (input == null) {
			problems.add(path, "is required");
			return null;
		}
		FeeType type = type(input.type(), path + ".type", problems);
		if (type == null) {
			return null;
		}
		return switch (type) {
			case RETAINER -> retainer(input, path, problems);
			case TIME_AND_MATERIALS -> timeAndMaterials(input, path, problems);
			case FIXED -> fixed(input, path, problems);
			case COMMISSION -> commission(input, path, problems);
			case PERFORMANCE -> performance(input, path, problems);
		};
	}

	private static FeeType type(String text, String field, InvalidInputException.Collector problems) {
		String names = String.join(", ", Arrays.stream(FeeType.values()).map(Enum::name).toList());
		if (text == null || text.isBlank()) {
			problems.add(field, "is required: one of " + names);
			return null;
		}
		try {
			return FeeType.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(field, "must be one of " + names);
			return null;
		}
	}

	private Fee retainer(FeeInput input, String path, InvalidInputException.Collector problems) {
		boolean clean = notApplicable(path, "RETAINER", problems, "rateCardId", input.rateCardId(), "capAmount",
				input.capAmount(), "milestones", input.milestones(), "percent", input.percent(), "metric",
				input.metric(), "unitFee", input.unitFee(), "revenueSharePercent", input.revenueSharePercent(), "cap",
				input.cap());
		Money monthlyFee = requiredMoney(input.monthlyFee(), path + ".monthlyFee", problems);
		Integer hours = input.includedHours();
		if (hours == null) {
			problems.add(path + ".includedHours", "is required");
		}
		else if (hours < 0) {
			problems.add(path + ".includedHours", "must not be negative");
		}
		Rollover rollover = Rollover.NONE;
		if (input.rollover() != null && !input.rollover().isBlank()) {
			rollover = enumValue(Rollover.class, input.rollover(), path + ".rollover", problems);
		}
		Money overage = optionalMoney(input.overageRate(), path + ".overageRate", problems);
		if (!clean || monthlyFee == null || hours == null || hours < 0 || rollover == null
				|| !valid(input.overageRate(), overage)) {
			return null;
		}
		return new Fee.Retainer(monthlyFee, hours, rollover, overage);
	}

	private Fee timeAndMaterials(FeeInput input, String path, InvalidInputException.Collector problems) {
		boolean clean = notApplicable(path, "TIME_AND_MATERIALS", problems, "monthlyFee", input.monthlyFee(),
				"includedHours", input.includedHours(), "rollover", input.rollover(), "overageRate",
				input.overageRate(), "milestones", input.milestones(), "percent", input.percent(), "metric",
				input.metric(), "unitFee", input.unitFee(), "revenueSharePercent", input.revenueSharePercent(), "cap",
				input.cap());
		Money cap = optionalMoney(input.capAmount(), path + ".capAmount", problems);
		if (!clean || !valid(input.capAmount(), cap)) {
			return null;
		}
		return new Fee.TimeAndMaterials(input.rateCardId(), cap);
	}

	private Fee fixed(FeeInput input, String path, InvalidInputException.Collector problems) {
		boolean clean = notApplicable(path, "FIXED", problems, "monthlyFee", input.monthlyFee(), "includedHours",
				input.includedHours(), "rollover", input.rollover(), "overageRate", input.overageRate(), "rateCardId",
				input.rateCardId(), "capAmount", input.capAmount(), "percent", input.percent(), "metric",
				input.metric(), "unitFee", input.unitFee(), "revenueSharePercent", input.revenueSharePercent(), "cap",
				input.cap());
		List<MilestoneInput> inputs = input.milestones();
		if (inputs == null || inputs.isEmpty()) {
			problems.add(path + ".milestones", "need at least one milestone");
			return null;
		}
		if (inputs.size() > MAX_MILESTONES) {
			problems.add(path + ".milestones", "are at most " + MAX_MILESTONES);
			return null;
		}
		List<Fee.Milestone> milestones = new ArrayList<>();
		boolean valid = true;
		for (int j = 0; j < inputs.size(); j++) {
			String at = path + ".milestones[" + j + "]";
			MilestoneInput milestone = inputs.get(j);
			if (milestone == null) {
				problems.add(at, "is required");
				valid = false;
				continue;
			}
			boolean named = milestone.name() != null && !milestone.name().isBlank();
			if (!named) {
				problems.add(at + ".name", "is required");
			}
			else if (milestone.name().strip().length() > MAX_NAME) {
				problems.add(at + ".name", "must be at most " + MAX_NAME + " characters");
				named = false;
			}
			Money amount = requiredMoney(milestone.amount(), at + ".amount", problems);
			boolean dated = true;
			if (milestone.dueDate() != null && this.term != null && !this.term.contains(milestone.dueDate())) {
				problems.add(at + ".dueDate", "must be within the SOW's term (" + DateText.of(this.term.start())
						+ " to " + DateText.of(this.term.end()) + ")");
				dated = false;
			}
			if (named && amount != null && dated) {
				milestones.add(new Fee.Milestone(milestone.name().strip(), amount, milestone.dueDate()));
			}
			else {
				valid = false;
			}
		}
		return (valid && clean) ? new Fee.Fixed(milestones) : null;
	}

	private Fee commission(FeeInput input, String path, InvalidInputException.Collector problems) {
		boolean clean = notApplicable(path, "COMMISSION", problems, "monthlyFee", input.monthlyFee(), "includedHours",
				input.includedHours(), "rollover", input.rollover(), "overageRate", input.overageRate(), "rateCardId",
				input.rateCardId(), "capAmount", input.capAmount(), "milestones", input.milestones(), "metric",
				input.metric(), "unitFee", input.unitFee(), "revenueSharePercent", input.revenueSharePercent(), "cap",
				input.cap());
		if (input.percent() == null || input.percent().isBlank()) {
			problems.add(path + ".percent", "is required");
			return null;
		}
		Percent percent = Percent.parse(input.percent(), path + ".percent", problems);
		return (percent != null && clean) ? new Fee.Commission(percent) : null;
	}

	private Fee performance(FeeInput input, String path, InvalidInputException.Collector problems) {
		boolean clean = notApplicable(path, "PERFORMANCE", problems, "monthlyFee", input.monthlyFee(), "includedHours",
				input.includedHours(), "rollover", input.rollover(), "overageRate", input.overageRate(), "rateCardId",
				input.rateCardId(), "capAmount", input.capAmount(), "milestones", input.milestones(), "percent",
				input.percent());
		if (input.metric() == null || input.metric().isBlank()) {
			problems.add(path + ".metric", "is required: one of LEAD, ACQUISITION, REVENUE");
			return null;
		}
		PerformanceMetric metric = enumValue(PerformanceMetric.class, input.metric(), path + ".metric", problems);
		if (metric == null) {
			return null;
		}
		Money unitFee = null;
		Percent share = null;
		boolean valid = true;
		if (metric.paysPerUnit()) {
			unitFee = requiredMoney(input.unitFee(), path + ".unitFee", problems);
			valid = unitFee != null;
			if (input.revenueSharePercent() != null && !input.revenueSharePercent().isBlank()) {
				problems.add(path + ".revenueSharePercent", "applies only to the REVENUE metric; use unitFee");
				valid = false;
			}
		}
		else {
			if (input.revenueSharePercent() == null || input.revenueSharePercent().isBlank()) {
				problems.add(path + ".revenueSharePercent", "is required for the REVENUE metric");
				valid = false;
			}
			else {
				share = Percent.parse(input.revenueSharePercent(), path + ".revenueSharePercent", problems);
				valid = share != null;
			}
			if (isGiven(input.unitFee())) {
				problems.add(path + ".unitFee", "applies only to the LEAD and ACQUISITION metrics");
				valid = false;
			}
		}
		Money cap = optionalMoney(input.cap(), path + ".cap", problems);
		if (!clean || !valid || !valid(input.cap(), cap)) {
			return null;
		}
		return new Fee.Performance(metric, unitFee, share, cap);
	}

	/** Money that must be given, not negative and in the client's currency. */
	private Money requiredMoney(MoneyInput input, String field, InvalidInputException.Collector problems) {
		if (!isGiven(input)) {
			problems.add(field, "is required");
			return null;
		}
		return money(input, field, problems);
	}

	private Money optionalMoney(MoneyInput input, String field, InvalidInputException.Collector problems) {
		return isGiven(input) ? money(input, field, problems) : null;
	}

	private Money money(MoneyInput input, String field, InvalidInputException.Collector problems) {
		if (input.amount() == null || input.amount().isBlank()) {
			problems.add(field + ".amount", "is required");
			return null;
		}
		if (input.currency() == null || input.currency().isBlank()) {
			problems.add(field + ".currency", "is required");
			return null;
		}
		Money money = input.toMoney(field, false, problems);
		if (money != null && !money.currency().equals(this.currency)) {
			problems.add(field + ".currency", "must be " + this.currency.getCurrencyCode() + ", the client's currency");
			return null;
		}
		return money;
	}

	/** An optional amount is valid when it was not given, or was given and parsed. */
	private static boolean valid(MoneyInput input, Money parsed) {
		return !isGiven(input) || parsed != null;
	}

	static boolean isGiven(MoneyInput input) {
		return input != null && !((input.amount() == null || input.amount().isBlank())
				&& (input.currency() == null || input.currency().isBlank()));
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field,
			InvalidInputException.Collector problems) {
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(field, "must be one of "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}

	/** Parameters of other fee models are refused, so a typo never passes silently. */
	private static boolean notApplicable(String path, String type, InvalidInputException.Collector problems,
			Object... namesAndValues) {
		boolean clean = true;
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			boolean given = (value instanceof MoneyInput money) ? isGiven(money) : (value instanceof String text)
					? !text.isBlank() : (value instanceof List<?> list) ? !list.isEmpty() : value != null;
			if (given) {
				problems.add(path + "." + namesAndValues[i], "does not apply to a " + type + " fee");
				clean = false;
			}
		}
		return clean;
	}

}
