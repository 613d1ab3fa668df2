package dev.aorhub.workspace;

/**
 * What a user may do. Every role but {@link #CLIENT} is agency staff; a client user is a
 * portal user bound to one client and sees that client only.
 */
public enum Role {

	ADMIN("Admin"), ACCOUNT("Account"), STRATEGY("Strategy"), CREATIVE("Creative"), MEDIA("Media"), FINANCE("Finance"),
	NEW_BUSINESS("New business"), VIEWER("Viewer"), CLIENT("Client (portal)");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isStaff() {
		return this != CLIENT;
	}

	/** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
