package dev.aorhub.shared.attachments;

/**
 * The limits an upload is held to, by its use: the records of most modules (contracts,
 * briefs, invoices: {@code aorhub.storage.max-file-size} and
 * {@code allowed-content-types}), or creative work, which may also be video, audio,
 * animated images and HTML5 banners (ZIP) and larger
 * ({@code aorhub.storage.max-creative-size}, {@code creative-content-types}).
 */
public enum Uploads {

	RECORDS, CREATIVE

}
