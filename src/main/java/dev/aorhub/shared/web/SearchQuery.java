package dev.aorhub.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One search of the one search box as every {@link SearchProvider} sees it: the text, how
 * many hits each kind may answer, and what an earlier provider already matched, so that a
 * later one finds its records through it instead of scanning for the same names again (a
 * designation is found by its client's name through the clients the clients module
 * matched).
 */
public final class SearchQuery {

	/** Shorter text finds nothing: one letter names half a workspace. */
	public static final int MIN_LENGTH = 2;

	/**
	 * Shorter text matches only where a name starts: two letters inside a name match most
	 * of a large workspace, and neither a B-tree nor a trigram index can narrow that
	 * down.
	 */
	public static final int INFIX_LENGTH = 3;

	/**
	 * How many matched clients a provider may look through; more means the text is too
	 * vague for the few hits a kind shows anyway.
	 */
	public static final int MATCHED_CLIENTS_LIMIT = 100;

	private final UUID workspaceId;

	private final String text;

	private final int limit;

	private List<UUID> matchedClientIds;

	public SearchQuery(UUID workspaceId, String text, int limit) {
		this.workspaceId = workspaceId;
		this.text = text.strip();
		this.limit = limit;
	}

	public UUID workspaceId() {
		return this.workspaceId;
	}

	public String text() {
		return this.text;
	}

	/** At most this many hits of each kind. */
	public int limit() {
		return this.limit;
	}

	/** Whether the text is long enough to search at all. */
	public boolean searchable() {
		return this.text.length() >= MIN_LENGTH;
	}

	/**
	 * Whether the text matches only at the start of a name (see {@link #INFIX_LENGTH}).
	 */
	public boolean prefixOnly() {
		return this.text.length() < INFIX_LENGTH;
	}

	/**
	 * The {@code LIKE} pattern (with {@code ESCAPE '\'}) for a lower-cased column: the
	 * text anywhere, or only at the start when it is short.
	 */
	public String pattern() {
		return prefixOnly() ? startsWith() : contains();
	}

	/** {@code LIKE} pattern for the text anywhere in a lower-cased column. */
	public String contains() {
		return "%" + escaped() + "%";
	}

	/** {@code LIKE} pattern for a lower-cased column that starts with the text. */
	public String startsWith() {
		return escaped() + "%";
	}

	private String escaped() {
		return this.text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The clients whose names matched, when the clients module has said so (at most
	 * {@link #MATCHED_CLIENTS_LIMIT}); empty when no provider has, so a provider that
	 * relies on it must then match client names itself.
	 */
	public Optional<List<UUID>> matchedClientIds() {
		return Optional.ofNullable(this.matchedClientIds);
	}

	/** Told by the provider that matches clients, before the others run. */
	public void clientsMatched(List<UUID> clientIds) {
		this.matchedClientIds = List.copyOf(clientIds);
	}

}
