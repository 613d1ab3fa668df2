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
 */
@ConfigurationProperties("aorhub.storage")
public record StorageProperties(@DefaultValue("./data/files") Path directory,
		@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue( {
				"application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation",
				"application/msword" }) List<String> allowedContentTypes){

	public boolean allows(String contentType) {
		if (contentType == null) {
			return false;
		}
		String base = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
		return this.allowedContentTypes.contains(base);
	}

}
