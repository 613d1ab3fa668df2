package dev.aorhub.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template to PDF bytes with openhtmltopdf, for every document the
 * application hands out (a SOW to sign, a strategic plan to present). The template must
 * be well-formed XHTML (close every tag, no named entities) and sets its own page size
 * and margins with {@code @page}; it uses the PDF's standard fonts (Helvetica), so
 * nothing is embedded and every reader shows the same text.
 */
@Component
public class PdfRenderer {

	private final SpringTemplateEngine templates;

	PdfRenderer(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The template rendered with these variables, in English; {@code what} names the
	 * document in the error when rendering fails.
	 */
	public byte[] render(String template, Map<String, Object> variables, String what) {
		Context context = new Context(Locale.ENGLISH);
		variables.forEach(context::setVariable);
		String html = this.templates.process(template, context);
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
			throw new UncheckedIOException("Could not render the " + what, ex);
		}
		return out.toByteArray();
	}

}
