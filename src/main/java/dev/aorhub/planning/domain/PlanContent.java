package dev.aorhub.planning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a strategic plan says, once checked: the client it is for (always), the
 * designation it serves (or none), its title, and its research, competitor analysis,
 * audience segments, objectives and roadmap, each in the order the plan gives them.
 */
public record PlanContent(UUID clientId, UUID designationId, String title, List<ResearchNote> research,
		List<CompetitorAnalysis> competitors, List<AudienceSegment> segments, List<String> objectives,
		List<Milestone> milestones) {

	/** How many entries each list of a plan may hold. */
	public static final int MAX_ENTRIES = 50;

	public PlanContent {
		if (clientId == null || title == null || title.isBlank()) {
			throw new IllegalArgumentException("a plan has a client and a title");
		}
		title = title.strip();
		research = List.copyOf(research);
		competitors = List.copyOf(competitors);
		segments = List.copyOf(segments);
		objectives = objectives.stream().map(String::strip).toList();
		milestones = List.copyOf(milestones);
	}

	/** A market research note and where it comes from (a report, a URL), if known. */
	public record ResearchNote(String note, String source) {

		public ResearchNote {
			note = note.strip();
			source = blankToNull(source);
		}

	}

	/** One competitor as the plan sees it; share of voice in percent, if known. */
	public record CompetitorAnalysis(String name, String positioning, String strengths, String weaknesses,
			BigDecimal shareOfVoicePercent, String recentMoves) {

		public CompetitorAnalysis {
			name = name.strip();
			positioning = blankToNull(positioning);
			strengths = blankToNull(strengths);
			weaknesses = blankToNull(weaknesses);
			recentMoves = blankToNull(recentMoves);
		}

	}

	/**
	 * An audience segment: who, how many (as the research puts it), how much it matters,
	 * where to reach it.
	 */
	public record AudienceSegment(String name, String description, String size, SegmentPriority priority,
			List<String> channels) {

		public AudienceSegment {
			name = name.strip();
			description = blankToNull(description);
			size = blankToNull(size);
			channels = channels.stream().map(String::strip).filter((c) -> !c.isEmpty()).distinct().toList();
		}

	}

	/**
	 * A dated step of the roadmap; {@code id} stays the same across edits and versions.
	 */
	public record Milestone(UUID id, String name, LocalDate dueDate, UUID ownerId, MilestoneStatus status) {

		public Milestone {
			if (id == null || dueDate == null || status == null) {
				throw new IllegalArgumentException("a milestone has an id, a due date and a status");
			}
			name = name.strip();
		}

	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
