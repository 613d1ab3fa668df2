package dev.aorhub.contracts.web;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import dev.aorhub.shared.web.FieldLimits;
import dev.aorhub.contracts.FeeType;
import dev.aorhub.contracts.application.FeeRequest;
import dev.aorhub.contracts.application.SowRequest;
import dev.aorhub.contracts.domain.Deliverable;
import dev.aorhub.contracts.domain.Fee;
import dev.aorhub.contracts.domain.FeeInput;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.shared.MoneyInput;

/**
 * The SOW form as typed, fee rows and all. Buttons named {@code action} add or remove
 * rows ({@code add-fee:RETAINER}, {@code remove-fee:1}, {@code add-milestone:2},
 * {@code remove-milestone:2:0}, {@code add-deliverable}, {@code remove-deliverable:3}) by
 * a round trip to the server, so the form needs no script; {@code save} saves.
 */
@FieldLimits.ValidatedAs(SowRequest.class)
record SowForm(String msaId, String designationId, String title, String scope, String startDate, String endDate,
		String budget, String budgetHours, List<FeeForm> fees, List<DeliverableForm> deliverables, Long version,
		String action) {

	record FeeForm(String type, String monthlyFee, String includedHours, String rollover, String overageRate,
			String rateCardId, String capAmount, List<MilestoneForm> milestones, String percent, String metric,
			String unitFee, String revenueSharePercent, String cap) {

		FeeForm {
			milestones = (milestones != null) ? milestones.stream().filter(Objects::nonNull).toList() : List.of();
		}

		static FeeForm blank(FeeType type) {
			return switch (type) {
				case RETAINER -> new FeeForm(type.name(), "", "", "NONE", "", "", "", null, "", "", "", "", "");
				case FIXED -> new FeeForm(type.name(), "", "", "", "", "", "", List.of(new MilestoneForm("", "", "")),
						"", "", "", "", "");
				case PERFORMANCE -> new FeeForm(type.name(), "", "", "", "", "", "", null, "", "LEAD", "", "", "");
				default -> new FeeForm(type.name(), "", "", "", "", "", "", null, "", "", "", "", "");
			};
		}

		static FeeForm of(Fee fee) {
			FeeInput input = FeeInput.of(fee);
			return new FeeForm(input.type(), amount(input.monthlyFee()), text(input.includedHours()), input.rollover(),
					amount(input.overageRate()), text(input.rateCardId()), amount(input.capAmount()),
					(input.milestones() != null) ? input.milestones()
						.stream()
						.map((m) -> new MilestoneForm(m.name(), amount(m.amount()), text(m.dueDate())))
						.toList() : null,
					input.percent(), input.metric(), amount(input.unitFee()), input.revenueSharePercent(),
					amount(input.cap()));
		}

		public FeeType feeType() {
			try {
				return FeeType.valueOf(this.type);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		FeeForm withMilestones(List<MilestoneForm> replaced) {
			return new FeeForm(this.type, this.monthlyFee, this.includedHours, this.rollover, this.overageRate,
					this.rateCardId, this.capAmount, replaced, this.percent, this.metric, this.unitFee,
					this.revenueSharePercent, this.cap);
		}

		FeeInput input(int i, Currency currency, FormValues values) {
			String path = "fees[" + i + "]";
			List<FeeInput.MilestoneInput> inputs = null;
			if (!this.milestones.isEmpty()) {
				inputs = new ArrayList<>();
				for (int j = 0; j < this.milestones.size(); j++) {
					MilestoneForm m = this.milestones.get(j);
					inputs.add(new FeeInput.MilestoneInput(m.name(), FormValues.money(m.amount(), currency),
							values.date(m.dueDate(), path + ".milestones[" + j + "].dueDate")));
				}
			}
			else if (FeeType.FIXED.name().equals(this.type)) {
				inputs = List.of();
			}
			return new FeeInput(this.type, FormValues.money(this.monthlyFee, currency),
					values.integer(this.includedHours, path + ".includedHours"), FormValues.text(this.rollover),
					FormValues.money(this.overageRate, currency), values.id(this.rateCardId, path + ".rateCardId"),
					FormValues.money(this.capAmount, currency), inputs,
					percent(values, this.percent, path + ".percent"), FormValues.text(this.metric),
					FormValues.money(this.unitFee, currency),
					percent(values, this.revenueSharePercent, path + ".revenueSharePercent"),
					FormValues.money(this.cap, currency));
		}

		/** The percent as typed when it reads as a number (else the problem is noted). */
		private static String percent(FormValues values, String text, String field) {
			return (values.percent(text, field) != null) ? text.strip() : null;
		}

	}

	record MilestoneForm(String name, String amount, String dueDate) {
	}

	record DeliverableForm(String name, String dueDate, Boolean done) {
	}

	SowForm {
		fees = (fees != null) ? fees.stream().filter(Objects::nonNull).toList() : List.of();
		deliverables = (deliverables != null) ? deliverables.stream().filter(Objects::nonNull).toList() : List.of();
	}

	static SowForm blank(String msaId) {
		return new SowForm(msaId, "", "", "", "", "", "", "", List.of(), List.of(new DeliverableForm("", "", false)),
				null, null);
	}

	static SowForm of(Sow sow) {
		return new SowForm(sow.getMsaId().toString(), text(sow.getDesignationId()), sow.getTitle(), sow.getScope(),
				sow.getStartDate().toString(), sow.getEndDate().toString(), sow.getBudget().amount().toPlainString(),
				text(sow.getBudgetHours()), sow.getFees().stream().map(FeeForm::of).toList(),
				sow.getDeliverables().stream().map(SowForm::deliverable).toList(), sow.getVersion(), null);
	}

	private static DeliverableForm deliverable(Deliverable d) {
		return new DeliverableForm(d.name(), text(d.dueDate()), d.done());
	}

	boolean saves() {
		return this.action == null || this.action.isBlank() || this.action.equals("save");
	}

	/** The form after a row button: a row added or removed, nothing saved. */
	SowForm apply() {
		String[] parts = this.action.split(":");
		List<FeeForm> newFees = new ArrayList<>(this.fees);
		List<DeliverableForm> newDeliverables = new ArrayList<>(this.deliverables);
		try {
			switch (parts[0]) {
				case "add-fee" -> newFees.add(FeeForm.blank(FeeType.valueOf(parts[1])));
				case "remove-fee" -> newFees.remove(Integer.parseInt(parts[1]));
				case "add-milestone" -> {
					int i = Integer.parseInt(parts[1]);
					List<MilestoneForm> milestones = new ArrayList<>(newFees.get(i).milestones());
					milestones.add(new MilestoneForm("", "", ""));
					newFees.set(i, newFees.get(i).withMilestones(milestones));
				}
				case "remove-milestone" -> {
					int i = Integer.parseInt(parts[1]);
					List<MilestoneForm> milestones = new ArrayList<>(newFees.get(i).milestones());
					milestones.remove(Integer.parseInt(parts[2]));
					newFees.set(i, newFees.get(i).withMilestones(milestones));
				}
				case "add-deliverable" -> newDeliverables.add(new DeliverableForm("", "", false));
				case "remove-deliverable" -> newDeliverables.remove(Integer.parseInt(parts[1]));
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			// A stale or hand-made button: keep the form as it is.
		}
		return new SowForm(this.msaId, this.designationId, this.title, this.scope, this.startDate, this.endDate,
				this.budget, this.budgetHours, newFees, newDeliverables, this.version, null);
	}

	/** The request, with the values {@code values} could not read left out. */
	SowRequest request(Currency currency, FormValues values) {
		List<FeeRequest> feeInputs = new ArrayList<>();
		for (int i = 0; i < this.fees.size(); i++) {
			feeInputs.add(FeeRequest.of(this.fees.get(i).input(i, currency, values)));
		}
		List<SowRequest.Deliverable> deliverableInputs = new ArrayList<>();
		for (int i = 0; i < this.deliverables.size(); i++) {
			DeliverableForm d = this.deliverables.get(i);
			boolean empty = (d.name() == null || d.name().isBlank()) && (d.dueDate() == null || d.dueDate().isBlank());
			if (!empty) {
				deliverableInputs.add(new SowRequest.Deliverable(d.name(),
						values.date(d.dueDate(), "deliverables[" + i + "].dueDate"), Boolean.TRUE.equals(d.done())));
			}
		}
		return new SowRequest(values.id(this.msaId, "msaId"), values.id(this.designationId, "designationId"), null,
				this.title, this.scope, null, values.date(this.startDate, "startDate"),
				values.date(this.endDate, "endDate"), FormValues.money(this.budget, currency),
				values.integer(this.budgetHours, "budgetHours"), feeInputs, deliverableInputs, this.version);
	}

	private static String amount(MoneyInput money) {
		return (money != null) ? money.amount() : "";
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
