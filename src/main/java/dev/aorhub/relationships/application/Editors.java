package dev.aorhub.relationships.application;

/**
 * Who may change relationships: every staff role but viewers (and never client users).
 */
final class Editors {

	static final String ROLES = "hasAnyRole('ADMIN', 'ACCOUNT', 'STRATEGY', 'CREATIVE', 'MEDIA', 'FINANCE', 'NEW_BUSINESS')";

	private Editors() {
	}

}
