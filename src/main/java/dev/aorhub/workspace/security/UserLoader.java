package dev.aorhub.workspace.security;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.shared.Hashes;
import dev.aorhub.workspace.domain.LoginIdentities;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserAccountRepository;
import dev.aorhub.workspace.domain.WorkspaceRepository;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for sign-in (by e-mail, across workspaces) and for refreshing a session's
 * user (by workspace and id).
 */
@Component
class UserLoader implements UserDetailsService {

	private final LoginIdentities logins;

	private final UserAccountRepository users;

	private final WorkspaceRepository workspaces;

	UserLoader(LoginIdentities logins, UserAccountRepository users, WorkspaceRepository workspaces) {
		this.logins = logins;
		this.users = users;
		this.workspaces = workspaces;
	}

	@Override
	@Transactional(readOnly = true)
	public AorHubPrincipal loadUserByUsername(String email) {
		String normalised = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		return this.logins.find(normalised)
			.flatMap((identity) -> load(identity.workspaceId(), identity.userId()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Transactional(readOnly = true)
	public Optional<AorHubPrincipal> load(UUID workspaceId, UUID userId) {
		return this.users.findByWorkspaceIdAndId(workspaceId, userId).map(this::principal);
	}

	/** Every new password gets a new (salted) hash, so a new stamp. */
	static String credentialStamp(String passwordHash) {
		return Hashes.sha256Hex((passwordHash != null) ? passwordHash : "").substring(0, 16);
	}

	private AorHubPrincipal principal(UserAccount user) {
		String workspaceName = this.workspaces.findById(user.getWorkspaceId()).orElseThrow().getName();
		return new AorHubPrincipal(user.asCurrentUser(workspaceName), user.isActive(), user.getPasswordHash(),
				credentialStamp(user.getPasswordHash()));
	}

}
