package dev.aorhub.shared.attachments;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file opened for download.
 */
public record FileDownload(StoredFile file, InputStream content) {

	/**
	 * The file as a response: always an attachment with its own content type and
	 * {@code nosniff}, so an uploaded file never renders as a page of ours.
	 */
	public ResponseEntity<Resource> toResponse() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.file.contentType()))
			.contentLength(this.file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(this.file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(this.content));
	}

}
