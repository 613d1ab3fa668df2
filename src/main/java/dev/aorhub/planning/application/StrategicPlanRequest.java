package dev.aorhub.planning.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.domain.MilestoneStatus;
import dev.aorhub.planning.domain.PlanContent;
import dev.aorhub.planning.domain.SegmentPriority;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A strategic plan to create or change, as the API and the form send it. Left out:
 * {@code clientId} (the designation's; required without one), {@code status} (draft for a
 * new plan; a change keeps the plan's status, which moves only through the verbs, but a
 * change to a shared plan takes it back to draft), a list (empty), a segment's
 * {@code priority} (medium), a milestone's {@code status} (planned) and {@code id} (a new
 * one). {@code version} is the one the caller saw, for a change.
 */
public record StrategicPlanRequest(UUID designationId, UUID clientId,
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters") String title,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) StrategicPlanStatus status,
		@Valid @Size(max = PlanContent.MAX_ENTRIES,
				message = "must have at most {max} entries") List<ResearchInput> research,
		@Valid @Size(max = PlanContent.MAX_ENTRIES,
				message = "must have at most {max} entries") List<CompetitorInput> competitors,
		@Valid @Size(max = PlanContent.MAX_ENTRIES,
				message = "must have at most {max} entries") List<SegmentInput> segments,
		@Valid @Size(max = PlanContent.MAX_ENTRIES,
				message = "must have at most {max} entries") List<ObjectiveInput> objectives,
		@Valid @Size(max = PlanContent.MAX_ENTRIES,
				message = "must have at most {max} entries") List<MilestoneInput> milestones,
		Long version) {

	public StrategicPlanRequest {
		research = orEmpty(research);
		competitors = orEmpty(competitors);
		segments = orEmpty(segments);
		objectives = orEmpty(objectives);
		milestones = orEmpty(milestones);
	}

	/** A research note and its source. */
	public record ResearchInput(
			@NotBlank(message = "is required") @Size(max = 4000,
					message = "must be at most {max} characters") String note,
			@Size(max = 500, message = "must be at most {max} characters") String source) {

		boolean isBlank() {
			return blank(this.note) && blank(this.source);
		}

	}

	/**
	 * A competitor; {@code name} is best one of the client's competitors (another is
	 * accepted with a warning). {@code shareOfVoicePercent} 0–100, two decimals at most;
	 * the plan's shares add up to 100 at most.
	 */
	public record CompetitorInput(
			@NotBlank(message = "is required") @Size(max = 200,
					message = "must be at most {max} characters") String name,
			@Size(max = 1000, message = "must be at most {max} characters") String positioning,
			@Size(max = 2000, message = "must be at most {max} characters") String strengths,
			@Size(max = 2000, message = "must be at most {max} characters") String weaknesses,
			@Schema(description = "Percent of the category's share of voice, 0–100 with up to 2 decimals; the plan's competitors together at most 100",
					example = "27.5") BigDecimal shareOfVoicePercent,
			@Size(max = 2000, message = "must be at most {max} characters") String recentMoves) {

		boolean isBlank() {
			return blank(this.name) && blank(this.positioning) && blank(this.strengths) && blank(this.weaknesses)
					&& this.shareOfVoicePercent == null && blank(this.recentMoves);
		}

	}

	/**
	 * An audience segment; {@code size} as the research states it ("2.4M households").
	 */
	public record SegmentInput(
			@NotBlank(message = "is required") @Size(max = 200,
					message = "must be at most {max} characters") String name,
			@Size(max = 2000, message = "must be at most {max} characters") String description,
			@Size(max = 200, message = "must be at most {max} characters") String size,
			@Schema(description = "HIGH, MEDIUM or LOW; MEDIUM when left out") @JsonFormat(
					with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) SegmentPriority priority,
			@Size(max = 20,
					message = "must have at most {max} entries") List<@NotBlank(message = "must not be blank") @Size(
							max = 80, message = "must be at most {max} characters") String> channels) {

		public SegmentInput {
			channels = orEmpty(channels);
		}

		boolean isBlank() {
			return blank(this.name) && blank(this.description) && blank(this.size)
					&& this.channels.stream().allMatch(StrategicPlanRequest::blank);
		}

	}

	public record ObjectiveInput(@NotBlank(message = "is required") @Size(max = 1000,
			message = "must be at most {max} characters") String text) {

		boolean isBlank() {
			return blank(this.text);
		}

	}

	/**
	 * A roadmap milestone; {@code ownerId} a user of the workspace, {@code dueDate} a
	 * date. {@code id} is the milestone's when changing an existing one.
	 */
	public record MilestoneInput(UUID id,
			@NotBlank(message = "is required") @Size(max = 200,
					message = "must be at most {max} characters") String name,
			@NotNull(message = "is required") LocalDate dueDate, UUID ownerId,
			@Schema(description = "PLANNED, IN_PROGRESS, DONE or AT_RISK; PLANNED when left out") @JsonFormat(
					with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) MilestoneStatus status) {

		boolean isBlank() {
			return blank(this.name) && this.dueDate == null && this.ownerId == null;
		}

	}

	/**
	 * This request without the rows a form left entirely blank (a row added and not
	 * filled in); the API keeps every row it is sent.
	 */
	public StrategicPlanRequest withoutBlankRows() {
		return new StrategicPlanRequest(this.designationId, this.clientId, this.title, this.status,
				this.research.stream().filter((r) -> r != null && !r.isBlank()).toList(),
				this.competitors.stream().filter((c) -> c != null && !c.isBlank()).toList(),
				this.segments.stream().filter((s) -> s != null && !s.isBlank()).toList(),
				this.objectives.stream().filter((o) -> o != null && !o.isBlank()).toList(),
				this.milestones.stream().filter((m) -> m != null && !m.isBlank()).toList(), this.version);
	}

	/** This request as a change of the plan version the caller saw. */
	public StrategicPlanRequest withVersion(long seen) {
		return new StrategicPlanRequest(this.designationId, this.clientId, this.title, this.status, this.research,
				this.competitors, this.segments, this.objectives, this.milestones, seen);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
