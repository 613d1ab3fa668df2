package dev.aorhub.planning.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.domain.MilestoneStatus;
import dev.aorhub.planning.domain.SegmentPriority;

/**
 * The shapes of the strategic plans API: the contract's fields, then what helps a caller
 * read them (the client, the designation, whether this is the current version).
 */
final class PlanApi {

	private PlanApi() {
	}

	/** Something about a saved plan that deserves attention. */
	record Warning(String code, String message) {

		static final String COMPETITOR_NOT_LISTED = "competitor-not-listed";

		/**
		 * A competitor the client does not list is accepted (the plan may look wider than
		 * the client's list), but worth a word: the client's list may be out of date.
		 */
		static List<Warning> competitorsNotListed(List<String> planned, List<String> listed) {
			Set<String> known = new HashSet<>();
			listed.forEach((name) -> known.add(name.strip().toLowerCase(Locale.ROOT)));
			List<Warning> warnings = new ArrayList<>();
			for (String name : planned) {
				if (!known.contains(name.strip().toLowerCase(Locale.ROOT))) {
					warnings.add(new Warning(COMPETITOR_NOT_LISTED,
							name + " is not on the client's competitor list; add it there if it competes"));
				}
			}
			return warnings;
		}

	}

	record ResearchResponse(String note, String source) {
	}

	record CompetitorResponse(String name, String positioning, String strengths, String weaknesses,
			BigDecimal shareOfVoicePercent, String recentMoves) {
	}

	record SegmentResponse(String name, String description, String size, SegmentPriority priority,
			List<String> channels) {
	}

	record ObjectiveResponse(String text) {
	}

	record MilestoneResponse(UUID id, String name, LocalDate dueDate, UUID ownerId, String ownerName,
			MilestoneStatus status) {
	}

	/** {@code warnings} is left out when there are none. */
	record PlanResponse(UUID id, UUID designationId, UUID clientId, String title, StrategicPlanStatus status,
			int planVersion, List<ResearchResponse> research, List<CompetitorResponse> competitors,
			List<SegmentResponse> segments, List<ObjectiveResponse> objectives, List<MilestoneResponse> milestones,
			long version, boolean archived, boolean current, UUID previousPlanId, Instant sharedAt, Instant approvedAt,
			UUID approvedBy, String clientName, String designationLabel, Instant updatedAt,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {

		static PlanResponse of(PlanQueries.Plan plan, List<Warning> warnings) {
			PlanQueries.Row row = plan.row();
			PlanQueries.Lists lists = plan.lists();
			return new PlanResponse(row.id(), row.designationId(), row.clientId(), row.title(), row.status(),
					row.planVersion(),
					lists.research().stream().map((r) -> new ResearchResponse(r.note(), r.source())).toList(),
					lists.competitors()
						.stream()
						.map((c) -> new CompetitorResponse(c.name(), c.positioning(), c.strengths(), c.weaknesses(),
								c.shareOfVoicePercent(), c.recentMoves()))
						.toList(),
					lists.segments()
						.stream()
						.map((s) -> new SegmentResponse(s.name(), s.description(), s.size(), s.priority(),
								s.channels()))
						.toList(),
					lists.objectives().stream().map(ObjectiveResponse::new).toList(),
					lists.milestones()
						.stream()
						.map((m) -> new MilestoneResponse(m.id(), m.name(), m.dueDate(), m.ownerId(), m.ownerName(),
								m.status()))
						.toList(),
					row.version(), row.archived(), row.current(), row.previousPlanId(), row.sharedAt(),
					row.approvedAt(), row.approvedBy(), row.clientName(), row.designationLabel(), row.updatedAt(),
					warnings);
		}

	}

}
