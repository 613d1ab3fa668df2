package dev.aorhub.contracts.web;

import java.time.LocalDate;
import java.util.Map;

import dev.aorhub.shared.documents.PdfRenderer;

import org.springframework.stereotype.Component;

/**
 * A SOW as a PDF a client can read and sign: the Thymeleaf template
 * {@code contracts/sow-pdf} rendered by the shared {@link PdfRenderer}.
 */
@Component
class SowDocument {

	private final PdfRenderer renderer;

	SowDocument(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] render(SowPresenter.SowView view, LocalDate issued) {
		return this.renderer.render("contracts/sow-pdf", Map.of("v", view, "issued", issued), "SOW document");
	}

}
