package dev.aorhub.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules may know of a task; {@code assigneeId}, {@code estimateHours} and
 * {@code dueDate} may be null.
 */
public record TaskSummary(UUID id, UUID campaignId, String title, Discipline discipline, UUID assigneeId,
		BigDecimal estimateHours, LocalDate dueDate, TaskStatus status) {

}
