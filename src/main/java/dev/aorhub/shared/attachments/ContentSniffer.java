package dev.aorhub.shared.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its first bytes (magic numbers; the name only tells apart
 * formats that share a container, such as the Office files inside a ZIP), so an upload is
 * stored only when its bytes are the type its sender claims: a script or an HTML page
 * announced as a PDF or as plain text is refused.
 */
final class ContentSniffer {

	/** Loaded on the first upload, not at start-up. */
	private static final class Holder {

		static final Tika TIKA = new Tika();

		static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

	}

	private ContentSniffer() {
	}

	/** The type the bytes show, e.g. {@code application/pdf} or {@code text/plain}. */
	static String detect(InputStream content, String fileName) throws IOException {
		return Holder.TIKA.detect(new BufferedInputStream(content), fileName);
	}

	/**
	 * Whether bytes of the detected type may be stored as the claimed one: the same type,
	 * or a kind of it (a CSV is plain text, a Word document a ZIP), never a different one
	 * (an HTML page is not plain text here, though it is text).
	 */
	static boolean matches(String claimed, String detected) {
		MediaType claimedType = MediaType.parse(claimed);
		MediaType detectedType = MediaType.parse(detected);
		if (claimedType == null || detectedType == null) {
			return false;
		}
		MediaType claimedKind = Holder.TYPES.normalize(claimedType);
		MediaType detectedKind = Holder.TYPES.normalize(detectedType);
		if (Holder.TYPES.isInstanceOf(claimedKind, detectedKind)) {
			return true;
		}
		// An audio or video container holds a codec the bytes may name more precisely
		// than its sender (an Ogg file is detected as Vorbis or Opus): that is still the
		// container claimed. Never for text, where HTML is a kind of plain text.
		boolean container = claimedKind.getType().equals("audio") || claimedKind.getType().equals("video");
		return container && Holder.TYPES.isInstanceOf(detectedKind, claimedKind);
	}

}
