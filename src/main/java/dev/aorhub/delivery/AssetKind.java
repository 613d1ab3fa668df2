package dev.aorhub.delivery;

import java.util.Set;

/**
 * What a creative asset is, which decides how its versions are shown: an image with pins,
 * a video or audio player, a PDF in the browser, copy as text, an HTML5 banner as a
 * download.
 */
public enum AssetKind {

	IMAGE("Image", Set.of("image/png", "image/jpeg", "image/gif", "image/webp")),
	VIDEO("Video", Set.of("video/mp4", "video/webm", "video/quicktime")),
	COPY("Copy",
			Set.of("text/plain", "application/pdf",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword")),
	HTML5("HTML5", Set.of("application/zip")),
	AUDIO("Audio", Set.of("audio/mpeg", "audio/wav", "audio/ogg", "audio/mp4")),
	DOCUMENT("Document",
			Set.of("application/pdf", "image/png", "image/jpeg",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/msword"));

	private final String label;

	private final Set<String> contentTypes;

	AssetKind(String label, Set<String> contentTypes) {
		this.label = label;
		this.contentTypes = contentTypes;
	}

	public String label() {
		return this.label;
	}

	/** The content types a version of this kind may have. */
	public Set<String> contentTypes() {
		return this.contentTypes;
	}

}
