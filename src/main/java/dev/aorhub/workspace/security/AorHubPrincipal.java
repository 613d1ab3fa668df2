package dev.aorhub.workspace.security;

import java.util.Collection;
import java.util.List;

import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security keeps it in the session: the {@link CurrentUser}
 * and, only until the password is checked, its hash.
 */
public final class AorHubPrincipal implements UserDetails, CredentialsContainer, CurrentUser.Holder {

	private final CurrentUser user;

	private final boolean active;

	private String passwordHash;

	private final String credentialStamp;

	/**
	 * @param credentialStamp changes whenever the password does, and unlike the hash
	 * stays in the session: a session whose stamp is no longer the user's has ended
	 */
	public AorHubPrincipal(CurrentUser user, boolean active, String passwordHash, String credentialStamp) {
		this.user = user;
		this.active = active;
		this.passwordHash = passwordHash;
		this.credentialStamp = credentialStamp;
	}

	@Override
	public CurrentUser user() {
		return this.user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities(this.user);
	}

	static List<GrantedAuthority> authorities(CurrentUser user) {
		return user.roles().stream().map(Role::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
	}

	String credentialStamp() {
		return this.credentialStamp;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.email();
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AorHubPrincipal principal && principal.user.userId().equals(this.user.userId());
	}

	@Override
	public int hashCode() {
		return this.user.userId().hashCode();
	}

	@Override
	public String toString() {
		return "AorHubPrincipal[" + this.user.email() + "]";
	}

}
