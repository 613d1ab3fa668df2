package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.domain.FeeInput;
import dev.aorhub.shared.MoneyInput;

/**
 * What the API and the pages send to the contract services, before validation. Money
 * arrives as {@link MoneyInput} and percents as text, so a bad value is a 422 that names
 * its field.
 */
public final class Inputs {

	private Inputs() {
	}

	public record DeliverableInput(String name, LocalDate dueDate, Boolean done) {
	}

	public record SowInput(UUID msaId, UUID designationId, String number, String title, String scope, SowStatus status,
			LocalDate startDate, LocalDate endDate, MoneyInput budget, Integer budgetHours, List<FeeInput> fees,
			List<DeliverableInput> deliverables) {
	}

}
