package dev.aorhub.contracts;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * Where a master services agreement stands. A draft is sent and signed (or signed at the
 * table); a signed MSA ends by expiring or by termination, and an ended one stays so (a
 * renewal is a new MSA).
 */
public enum MsaStatus implements Lifecycle<MsaStatus> {

	DRAFT("Draft"), SENT("Sent"), SIGNED("Signed"), EXPIRED("Expired"), TERMINATED("Terminated");

	private final String label;

	MsaStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "MSA";
	}

	@Override
	public Set<MsaStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SENT, SIGNED);
			case SENT -> EnumSet.of(SIGNED);
			case SIGNED -> EnumSet.of(EXPIRED, TERMINATED);
			case EXPIRED, TERMINATED -> EnumSet.noneOf(MsaStatus.class);
		};
	}

	/**
	 * The statuses a new MSA may be recorded in: any the machine starts from or reaches.
	 */
	public static Set<MsaStatus> creatable() {
		return EnumSet.allOf(MsaStatus.class);
	}

}
