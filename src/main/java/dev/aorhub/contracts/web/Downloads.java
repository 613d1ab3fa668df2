package dev.aorhub.contracts.web;

import dev.aorhub.contracts.application.AttachmentService;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a download: always as an attachment with its own content type and
 * {@code nosniff}, so an uploaded file never renders as a page of ours.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> of(AttachmentService.Download download) {
		var attachment = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.contentLength(attachment.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(download.content()));
	}

}
