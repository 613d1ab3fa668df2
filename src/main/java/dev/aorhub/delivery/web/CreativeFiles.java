package dev.aorhub.delivery.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import dev.aorhub.shared.attachments.FileDownload;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Creative files as responses. Images, PDFs, video and audio are shown in the browser
 * (inline) with their stored, checked content type and {@code nosniff}; anything else (an
 * HTML5 banner's ZIP, a Word file) is a download only. A file is never a page of ours:
 * its own CSP allows no script, and only our pages may frame it (the PDF viewer).
 */
final class CreativeFiles {

	static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf",
			"video/mp4", "video/webm", "video/quicktime", "audio/mpeg", "audio/wav", "audio/ogg", "audio/mp4",
			"text/plain");

	private CreativeFiles() {
	}

	static ResponseEntity<Resource> inline(FileDownload download) {
		String type = download.file().contentType();
		ContentDisposition disposition = (INLINE.contains(type) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(download.file().fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.contentLength(download.file().sizeBytes())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(download.content()));
	}

	static ResponseEntity<Resource> thumbnail(Optional<FileDownload> download) {
		return download
			.map((d) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.contentLength(d.file().sizeBytes())
				.cacheControl(CacheControl.noCache().cachePrivate())
				.header("X-Content-Type-Options", "nosniff")
				.body((Resource) new InputStreamResource(d.content())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
