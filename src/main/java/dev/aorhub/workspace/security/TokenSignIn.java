package dev.aorhub.workspace.security;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.TooManyAttemptsException;
import dev.aorhub.workspace.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checks e-mail and password for a token request, with the same throttling as the sign-in
 * page.
 */
@Component
public class TokenSignIn {

	/**
	 * Marks a sign-in for a token, so the security log tells it from the sign-in page.
	 */
	static final class Details extends WebAuthenticationDetails {

		private static final long serialVersionUID = 1L;

		Details(HttpServletRequest request) {
			super(request);
		}

	}

	private final AuthenticationManager authentication;

	private final SecondFactors secondFactors;

	TokenSignIn(AuthenticationManager authentication, SecondFactors secondFactors) {
		this.authentication = authentication;
		this.secondFactors = secondFactors;
	}

	/**
	 * E-mail and password, and the second factor's code (TOTP or recovery code) when the
	 * user has one or their workspace requires one of them.
	 * @throws SecondFactorRequiredException when that code is missing or wrong, or the
	 * workspace requires a second factor the user has not set up
	 */
	public CurrentUser signIn(String email, String password, String code, HttpServletRequest request) {
		CurrentUser user = signIn(email, password, request);
		switch (this.secondFactors.requirementFor(user)) {
			case NONE -> {
				return user;
			}
			case ENROLMENT -> throw new SecondFactorRequiredException(
					"Your workspace requires a second factor: set one up on your account page first");
			case CODE -> {
				if (code == null || code.isBlank()) {
					throw new SecondFactorRequiredException(
							"Send the code of your authenticator app (or a recovery code) as \"code\"");
				}
				try {
					this.secondFactors.check(user, code, request.getRemoteAddr());
					return user;
				}
				catch (InvalidInputException ex) {
					throw new SecondFactorRequiredException("The code is wrong or was used already");
				}
				catch (TooManyAttemptsException ex) {
					throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
				}
			}
		}
		return user;
	}

	public CurrentUser signIn(String email, String password, HttpServletRequest request) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
		attempt.setDetails(new Details(request));
		try {
			Authentication result = this.authentication.authenticate(attempt);
			return ((AorHubPrincipal) result.getPrincipal()).user();
		}
		catch (LockedException ex) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		}
		catch (DisabledException ex) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "This account is deactivated");
		}
		catch (BadCredentialsException | IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "E-mail or password is wrong");
		}
	}

}
