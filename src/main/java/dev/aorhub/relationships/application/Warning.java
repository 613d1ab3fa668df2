package dev.aorhub.relationships.application;

/**
 * Something about a change that succeeded but deserves attention, answered beside the
 * changed record: {@code long-term}, {@code competitor-conflict}, {@code over-allocated}.
 */
public record Warning(String code, String message) implements java.io.Serializable {

	public static final String LONG_TERM = "long-term";

	public static final String COMPETITOR_CONFLICT = "competitor-conflict";

	public static final String OVER_ALLOCATED = "over-allocated";

}
