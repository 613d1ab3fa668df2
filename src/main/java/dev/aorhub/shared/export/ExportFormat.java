package dev.aorhub.shared.export;

import java.util.Locale;

import dev.aorhub.shared.InvalidInputException;

import org.springframework.http.MediaType;

/**
 * The file formats every list exports to.
 */
public enum ExportFormat {

	CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),

	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final String extension;

	private final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	public static ExportFormat parse(String value) {
		if (value != null) {
			for (ExportFormat format : values()) {
				if (format.extension.equals(value.toLowerCase(Locale.ROOT))) {
					return format;
				}
			}
		}
		throw new InvalidInputException("format", "must be csv or xlsx");
	}

}
