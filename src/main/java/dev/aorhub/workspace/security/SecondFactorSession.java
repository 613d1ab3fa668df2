package dev.aorhub.workspace.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where a browser session stands with the second factor, kept in the session: a session
 * without this mark (a fresh password or remember-me sign-in) is judged again by
 * {@link SecondFactorFilter}, so nothing skips the second factor by starting a session.
 */
public final class SecondFactorSession {

	public enum State {

		/** The user has no second factor and the workspace requires none. */
		NOT_NEEDED,
		/** Signed in with the password; the code (or a passkey) is still to come. */
		CODE_NEEDED,
		/** The workspace requires a second factor and the user must set one up first. */
		ENROLMENT_NEEDED,
		/** The second factor was checked in this session. */
		PASSED

	}

	static final String ATTRIBUTE = SecondFactorSession.class.getName() + ".state";

	private SecondFactorSession() {
	}

	public static Optional<State> state(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return Optional.ofNullable((session != null) ? (State) session.getAttribute(ATTRIBUTE) : null);
	}

	/** The second factor is checked: a new session id, as for any rise in privilege. */
	public static void passed(HttpServletRequest request) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		set(request, State.PASSED);
	}

	/**
	 * Forgets where this session stood, so that its next request is judged again (and
	 * asks for the code if the user now has a second factor).
	 */
	public static void judgeAgain(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	static void set(HttpServletRequest request, State state) {
		request.getSession().setAttribute(ATTRIBUTE, state);
	}

	/** Whether this session may act as a user to whom the second factor applies. */
	public static boolean hasPassed(HttpServletRequest request) {
		return state(request).filter((state) -> state == State.PASSED).isPresent();
	}

}
