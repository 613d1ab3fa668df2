package dev.aorhub.workspace.security;

import dev.aorhub.workspace.CurrentUser;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail and password like Spring's provider, but refuses outright while the
 * account or the client address is locked by too many failures, counts each failure, and
 * tells that an account is deactivated only to whoever knows its password. Every attempt
 * goes to the {@link SecurityLog}.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final SecurityLog securityLog;

	ThrottledAuthenticationProvider(UserLoader users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			SecurityLog securityLog) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(passwordEncoder);
		// The password first, the account's state after: a deactivated account answers
		// exactly like a wrong password until the password is right, so guessing cannot
		// tell which accounts exist and are deactivated.
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.throttle = throttle;
		this.securityLog = securityLog;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		SecurityLog.Kind kind = (authentication.getDetails() instanceof TokenSignIn.Details)
				? SecurityLog.Kind.TOKEN_SIGN_IN : SecurityLog.Kind.SIGN_IN;
		var locked = this.throttle.lockedFor(email, address);
		if (locked.isPresent()) {
			this.securityLog.record(kind, SecurityLog.Outcome.LOCKED, null, null, email, address, null);
			throw new LockedException("Too many failed sign-ins; " + LoginThrottle.tryAgainIn(locked.get()) + ".");
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(email);
			CurrentUser user = ((AorHubPrincipal) result.getPrincipal()).user();
			this.securityLog.record(kind, SecurityLog.Outcome.SUCCEEDED, user.workspaceId(), user.userId(),
					user.email(), address, null);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(email, address);
			this.securityLog.record(kind, SecurityLog.Outcome.WRONG_PASSWORD, null, null, email, address, null);
			throw ex;
		}
		catch (DisabledException ex) {
			this.securityLog.record(kind, SecurityLog.Outcome.DEACTIVATED, null, null, email, address, null);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
