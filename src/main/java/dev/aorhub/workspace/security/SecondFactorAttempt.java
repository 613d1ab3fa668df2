package dev.aorhub.workspace.security;

/**
 * A check of a second factor at sign-in or for a token, right or wrong, for whoever keeps
 * a log of security events. {@code method} is {@code "TOTP"}, {@code "RECOVERY_CODE"} or
 * {@code "PASSKEY"}; the ids are null when the attempt names no known user. It never
 * carries the code.
 */
public record SecondFactorAttempt(java.util.UUID workspaceId, java.util.UUID userId, String email, String remoteAddress,
		String method, boolean succeeded) {
}
