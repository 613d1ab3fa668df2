package dev.aorhub.contracts.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.aorhub.contracts.FeeType;
import dev.aorhub.contracts.domain.FeeInput;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A fee as the API and the form send it: one record per fee model, chosen by
 * {@code type}. A missing or unknown type reads as {@link Unknown} and a property of
 * another model is collected in {@code others}, so that each is a problem of its own path
 * ({@code fees[0].type}, {@code fees[5].percent}) reported with the rest.
 * {@link dev.aorhub.contracts.domain.FeeRules} then checks each model's rules (money in
 * the client's currency, milestones in the term, the metric's pricing).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", visible = true, defaultImpl = FeeRequest.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = FeeRequest.Retainer.class, name = "RETAINER"),
		@JsonSubTypes.Type(value = FeeRequest.TimeAndMaterials.class, name = "TIME_AND_MATERIALS"),
		@JsonSubTypes.Type(value = FeeRequest.Fixed.class, name = "FIXED"),
		@JsonSubTypes.Type(value = FeeRequest.Commission.class, name = "COMMISSION"),
		@JsonSubTypes.Type(value = FeeRequest.Performance.class, name = "PERFORMANCE") })
public sealed interface FeeRequest {

	String PERCENT = "must be between 0 and 100";

	String type();

	/** The properties that belong to another fee model, by name. */
	Map<String, Object> others();

	/** The fee as the fee rules read it. */
	FeeInput input();

	/** Each property of another model, as a problem under {@code path}. */
	default List<FieldProblem> notApplicable(String path) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this instanceof Unknown && !isBlank(type()) && !type().equals(type().toUpperCase(Locale.ROOT))) {
			// The type names a model only as the API writes it; the fee rules would read
			// the other case as the model and miss its properties.
			problems.add(new FieldProblem(path + ".type",
					"must be one of " + String.join(", ", Arrays.stream(FeeType.values()).map(Enum::name).toList())));
		}
		if (!(this instanceof Unknown)) {
			others().keySet()
				.forEach((name) -> problems
					.add(new FieldProblem(path + "." + name, "does not apply to a " + type() + " fee")));
		}
		return problems;
	}

	/** The request that states {@code input}: what the form and the demo start from. */
	static FeeRequest of(FeeInput input) {
		String type = (input.type() != null) ? input.type().strip().toUpperCase(Locale.ROOT) : "";
		Map<String, Object> all = new LinkedHashMap<>();
		put(all, "monthlyFee", input.monthlyFee());
		put(all, "includedHours", input.includedHours());
		put(all, "rollover", input.rollover());
		put(all, "overageRate", input.overageRate());
		put(all, "rateCardId", input.rateCardId());
		put(all, "capAmount", input.capAmount());
		put(all, "milestones", input.milestones());
		put(all, "percent", input.percent());
		put(all, "metric", input.metric());
		put(all, "unitFee", input.unitFee());
		put(all, "revenueSharePercent", input.revenueSharePercent());
		put(all, "cap", input.cap());
		FeeRequest fee = switch (type) {
			case "RETAINER" -> new Retainer(type, input.monthlyFee(), input.includedHours(), input.rollover(),
					input.overageRate(), others(all, "monthlyFee", "includedHours", "rollover", "overageRate"));
			case "TIME_AND_MATERIALS" -> new TimeAndMaterials(type, input.rateCardId(), input.capAmount(),
					others(all, "rateCardId", "capAmount"));
			case "FIXED" -> new Fixed(type,
					(input.milestones() != null) ? input.milestones()
						.stream()
						.map((m) -> (m != null) ? new Milestone(m.name(), m.amount(), m.dueDate()) : null)
						.toList() : null,
					others(all, "milestones"));
			case "COMMISSION" -> new Commission(type, decimal(input.percent()), others(all, "percent"));
			case "PERFORMANCE" ->
				new Performance(type, input.metric(), input.unitFee(), decimal(input.revenueSharePercent()),
						input.cap(), others(all, "metric", "unitFee", "revenueSharePercent", "cap"));
			default -> new Unknown(input.type(), Map.of());
		};
		return fee;
	}

	private static void put(Map<String, Object> all, String name, Object value) {
		boolean given = (value instanceof MoneyInput money) ? !(isBlank(money.amount()) && isBlank(money.currency()))
				: (value instanceof String text) ? !text.isBlank()
						: (value instanceof List<?> list) ? !list.isEmpty() : value != null;
		if (given) {
			all.put(name, value);
		}
	}

	private static Map<String, Object> others(Map<String, Object> all, String... own) {
		Map<String, Object> others = new LinkedHashMap<>(all);
		for (String name : own) {
			others.remove(name);
		}
		return others;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static BigDecimal decimal(String text) {
		return isBlank(text) ? null : new BigDecimal(text.strip());
	}

	private static String text(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private static Map<String, Object> mutable(Map<String, Object> others) {
		return (others != null) ? others : new LinkedHashMap<>();
	}

	/** A monthly fee for included hours, with overage and rollover. */
	record Retainer(String type, MoneyInput monthlyFee,
			@Min(value = 0, message = "must not be negative") Integer includedHours, String rollover,
			MoneyInput overageRate, @JsonAnySetter Map<String, Object> others) implements FeeRequest {

		public Retainer {
			others = mutable(others);
		}

		@Override
		public FeeInput input() {
			return new FeeInput(this.type, this.monthlyFee, this.includedHours, this.rollover, this.overageRate, null,
					null, null, null, null, null, null, null);
		}

	}

	/** Hours at a rate card's rates, up to an optional cap. */
	record TimeAndMaterials(String type, UUID rateCardId, MoneyInput capAmount,
			@JsonAnySetter Map<String, Object> others) implements FeeRequest {

		public TimeAndMaterials {
			others = mutable(others);
		}

		@Override
		public FeeInput input() {
			return new FeeInput(this.type, null, null, null, null, this.rateCardId, this.capAmount, null, null, null,
					null, null, null);
		}

	}

	/** One milestone of a fixed fee. */
	record Milestone(String name, MoneyInput amount, LocalDate dueDate) {
	}

	/** A fixed price paid by milestones. */
	record Fixed(String type, List<@Valid Milestone> milestones,
			@JsonAnySetter Map<String, Object> others) implements FeeRequest {

		public Fixed {
			others = mutable(others);
		}

		@Override
		public FeeInput input() {
			return new FeeInput(this.type, null, null, null, null, null, null,
					(this.milestones != null) ? this.milestones.stream()
						.map((m) -> (m != null) ? new FeeInput.MilestoneInput(m.name(), m.amount(), m.dueDate()) : null)
						.toList() : null,
					null, null, null, null, null);
		}

	}

	/** A percent of the media spend. */
	record Commission(String type,
			@NotNull(message = "is required") @DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100",
					message = PERCENT) BigDecimal percent,
			@JsonAnySetter Map<String, Object> others) implements FeeRequest {

		public Commission {
			others = mutable(others);
		}

		@Override
		public FeeInput input() {
			return new FeeInput(this.type, null, null, null, null, null, null, null, text(this.percent), null, null,
					null, null);
		}

	}

	/**
	 * A fee per lead or acquisition, or a share of the revenue, up to an optional cap.
	 */
	record Performance(String type, String metric, MoneyInput unitFee,
			@DecimalMin(value = "0", message = PERCENT) @DecimalMax(value = "100",
					message = PERCENT) BigDecimal revenueSharePercent,
			MoneyInput cap, @JsonAnySetter Map<String, Object> others) implements FeeRequest {

		public Performance {
			others = mutable(others);
		}

		@Override
		public FeeInput input() {
			return new FeeInput(this.type, null, null, null, null, null, null, null, null, this.metric, this.unitFee,
					text(this.revenueSharePercent), this.cap);
		}

	}

	/**
	 * A fee whose type is missing or none of the models: the fee rules report it on
	 * {@code type}, its other properties are not looked at.
	 */
	record Unknown(String type, @JsonAnySetter Map<String, Object> others) implements FeeRequest {

		public Unknown {
			others = mutable(others);
		}

		@Override
		public FeeInput input() {
			// A type not in capitals is reported by notApplicable: the rules see none.
			String type = (this.type != null && this.type.equals(this.type.toUpperCase(Locale.ROOT))) ? this.type
					: null;
			return new FeeInput(type, null, null, null, null, null, null, null, null, null, null, null, null);
		}

	}

}
