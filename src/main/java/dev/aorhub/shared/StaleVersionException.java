package dev.aorhub.shared;

import java.util.Map;

/**
 * An update based on an old version of a record: someone else changed it first.
 */
public class StaleVersionException extends ConflictException {

	public StaleVersionException(String what, long currentVersion) {
		super("stale-version", what + " was changed by someone else meanwhile; reload to see their change",
				Map.of("currentVersion", currentVersion));
	}

	public static void check(String what, Long expected, long current) {
		if (expected == null || expected != current) {
			throw new StaleVersionException(what, current);
		}
	}

}
