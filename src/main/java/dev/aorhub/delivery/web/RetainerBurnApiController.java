package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import dev.aorhub.delivery.RetainerMonth;
import dev.aorhub.delivery.application.RetainerBurnService;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A SOW's retainer burn in a month: included, rolled over, available, used (approved,
 * billable, after rounding), remaining and overage hours.
 */
@Tag(name = "Retainer burn")
@RestController
class RetainerBurnApiController {

	private final RetainerBurnService burns;

	RetainerBurnApiController(RetainerBurnService burns) {
		this.burns = burns;
	}

	/**
	 * The burn of {@code month} ({@code YYYY-MM}, this month when absent) of the SOW's
	 * retainer fee ({@code feeId}, its first when absent).
	 */
	@Operation(summary = "Get a SOW's retainer burn for a month")
	@GetMapping("/api/v1/sows/{id}/retainer-burn")
	RetainerBurnResponse burn(CurrentUser viewer, @PathVariable UUID id, @RequestParam(required = false) String month,
			@RequestParam(required = false) UUID feeId) {
		var burn = this.burns.burn(viewer.workspaceId(), id, feeId, Months.parse(month, "month"));
		return RetainerBurnResponse.of(burn.fee().feeId(), burn.month(), burn.projectedRunOut().orElse(null));
	}

	record RetainerBurnResponse(String month, UUID feeId, BigDecimal includedHours, BigDecimal rolloverInHours,
			BigDecimal availableHours, BigDecimal usedHours, BigDecimal remainingHours, BigDecimal overageHours,
			int percentUsed, LocalDate projectedRunOutDate) {

		static RetainerBurnResponse of(UUID feeId, RetainerMonth month, LocalDate runOut) {
			return new RetainerBurnResponse(month.month().toString(), feeId, month.includedHours(),
					month.rolloverInHours(), month.availableHours(), month.usedHours(), month.remainingHours(),
					month.overageHours(), month.percentUsed(), runOut);
		}

	}

}
