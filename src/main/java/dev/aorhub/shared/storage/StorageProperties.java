package dev.aorhub.shared.storage;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * File storage settings, under {@code aorhub.storage}.
 *
 * @param directory where the local storage keeps files (by default {@code files} in the
 * data directory)
 * @param maxFileSize the largest file an upload may be
 * @param allowedContentTypes the content types uploads may have
 * @param maxCreativeSize the largest creative file (a film, an HTML5 banner) an upload of
 * creative work may be
 * @param creativeContentTypes what creative work may be besides the allowed types: video,
 * audio, GIF and WebP images, ZIP archives of HTML5 banners; only the creative uploads
 * accept them, every other upload stays as strict as before
 */
@ConfigurationProperties("aorhub.storage")
public record StorageProperties(@DefaultValue("./data/files") Path directory,
		@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue( {
				"application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation",
				"application/msword" }) List<String> allowedContentTypes,
		@DefaultValue("200MB") DataSize maxCreativeSize,
		@DefaultValue({ "image/gif", "image/webp", "video/mp4", "video/webm", "video/quicktime", "audio/mpeg",
				"audio/wav", "audio/ogg", "audio/mp4", "application/zip" }) List<String> creativeContentTypes){

	@org.springframework.boot.context.properties.bind.ConstructorBinding
	public StorageProperties {
		allowedContentTypes = List.copyOf(allowedContentTypes);
		creativeContentTypes = List.copyOf(creativeContentTypes);
	}

	/** Settings with the default creative limits, for tests and tools. */
	public StorageProperties(Path directory, DataSize maxFileSize, List<String> allowedContentTypes) {
		this(directory, maxFileSize, allowedContentTypes, DataSize.ofMegabytes(200), List.of());
	}

	public boolean allows(String contentType) {
		if (contentType == null) {
			return false;
		}
		return this.allowedContentTypes.contains(base(contentType));
	}

	/**
	 * Whether a creative upload may have the content type: any allowed type, or a
	 * creative one.
	 */
	public boolean allowsCreative(String contentType) {
		return allows(contentType) || (contentType != null && this.creativeContentTypes.contains(base(contentType)));
	}

	private static String base(String contentType) {
		return contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
	}

}
