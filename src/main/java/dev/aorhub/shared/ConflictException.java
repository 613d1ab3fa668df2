package dev.aorhub.shared;

import java.util.Map;

/**
 * A request that is well formed but collides with the current state: an illegal state
 * change, a rule such as exclusivity, a duplicate. Answers 409.
 */
public class ConflictException extends RuntimeException {

	private final String problemType;

	private final Map<String, Object> properties;

	public ConflictException(String problemType, String detail) {
		this(problemType, detail, Map.of());
	}

	public ConflictException(String problemType, String detail, Map<String, Object> properties) {
		super(detail);
		this.problemType = problemType;
		this.properties = Map.copyOf(properties);
	}

	/** The last segment of the problem type URI, e.g. {@code exclusivity-conflict}. */
	public String problemType() {
		return this.problemType;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
