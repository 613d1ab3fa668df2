package dev.aorhub.contracts.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.stereotype.Component;

/**
 * A SOW as a PDF a client can read and sign: rendered from the Thymeleaf template
 * {@code contracts/sow-pdf} (well-formed XHTML, as the PDF renderer needs) by
 * openhtmltopdf.
 */
@Component
class SowDocument {

	private final SpringTemplateEngine templates;

	SowDocument(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(SowPresenter.SowView view, LocalDate issued) {
		Context context = new Context(java.util.Locale.ENGLISH);
		context.setVariable("v", view);
		context.setVariable("issued", issued);
		String html = this.templates.process("contracts/sow-pdf", context);
		var out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.withProducer("AOR Hub");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the SOW document", ex);
		}
		return out.toByteArray();
	}

}
