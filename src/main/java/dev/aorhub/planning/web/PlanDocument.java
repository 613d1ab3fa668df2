package dev.aorhub.planning.web;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.documents.PdfRenderer;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * A strategic plan as a PDF an agency presents to its client: a cover, the research, the
 * competitor analysis with share-of-voice bars, the segments, the objectives and the
 * roadmap, A4 with page numbers; the template {@code planning/plan-pdf} rendered by the
 * shared {@link PdfRenderer}.
 */
@Component
class PlanDocument {

	/** The document and the name it is downloaded as. */
	record Pdf(byte[] bytes, String fileName) {
	}

	private final PdfRenderer renderer;

	private final PlanQueries queries;

	private final WorkspaceClock clock;

	PlanDocument(PdfRenderer renderer, PlanQueries queries, WorkspaceClock clock) {
		this.renderer = renderer;
		this.queries = queries;
		this.clock = clock;
	}

	Pdf render(CurrentUser user, UUID id) {
		PlanQueries.Plan plan = this.queries.plan(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Strategic plan", id));
		PlanView view = PlanView.of(plan, user.workspaceName(), this.clock.today(user.workspaceId()),
				this.clock.zone(user.workspaceId()), List.of(), List.of());
		byte[] bytes = this.renderer.render("planning/plan-pdf", Map.of("v", view), "strategic plan document");
		return new Pdf(bytes, fileName(plan.row()));
	}

	/** {@code acme-brand-strategy-2027-v2.pdf}: ASCII only, so every browser keeps it. */
	static String fileName(PlanQueries.Row row) {
		String base = Normalizer.normalize(row.clientName() + " " + row.title(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		if (base.length() > 80) {
			base = base.substring(0, 80).replaceAll("-$", "");
		}
		return (base.isEmpty() ? "strategic-plan" : base) + "-v" + row.planVersion() + ".pdf";
	}

}
