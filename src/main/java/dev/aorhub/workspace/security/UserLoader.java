package dev.aorhub.workspace.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import dev.aorhub.shared.Hashes;
import dev.aorhub.shared.persistence.AfterCommit;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.WorkspaceSettingsChanged;
import dev.aorhub.workspace.domain.LoginIdentities;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserAccountRepository;
import dev.aorhub.workspace.domain.WorkspaceRepository;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for sign-in (by e-mail, across workspaces) and for refreshing a session's
 * user (by workspace and id).
 * <p>
 * A browser session checks its user on every request ({@link ActiveUserFilter}), so the
 * current state of a user is kept for {@link #CURRENT_LIFETIME} instead of read each
 * time: a change of a user or of the workspace's name made on this node is seen at once
 * (the change's event), one made on another node within that time.
 */
@Component
class UserLoader implements UserDetailsService {

	private final LoginIdentities logins;

	private final UserAccountRepository users;

	private final WorkspaceRepository workspaces;

	private final Clock clock;

	static final Duration CURRENT_LIFETIME = Duration.ofSeconds(10);

	private record Key(UUID workspaceId, UUID userId) {
	}

	private record Known(AorHubPrincipal principal, Instant until) {
	}

	private final Map<Key, Known> current = new ConcurrentHashMap<>();

	/** Counts forgotten users, so a read that raced a change is not kept. */
	private final AtomicLong forgotten = new AtomicLong();

	UserLoader(LoginIdentities logins, UserAccountRepository users, WorkspaceRepository workspaces, Clock clock) {
		this.logins = logins;
		this.users = users;
		this.workspaces = workspaces;
		this.clock = clock;
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

	/**
	 * The user as a signed-in session must see them now, without the password hash: kept
	 * for {@link #CURRENT_LIFETIME}, and empty for a user that no longer exists.
	 */
	Optional<AorHubPrincipal> current(UUID workspaceId, UUID userId) {
		Key key = new Key(workspaceId, userId);
		Instant now = this.clock.instant();
		Known known = this.current.get(key);
		if (known != null && now.isBefore(known.until())) {
			return Optional.of(known.principal());
		}
		long before = this.forgotten.get();
		Optional<AorHubPrincipal> loaded = load(workspaceId, userId);
		loaded.ifPresentOrElse((principal) -> {
			principal.eraseCredentials();
			if (this.forgotten.get() == before) {
				this.current.put(key, new Known(principal, now.plus(CURRENT_LIFETIME)));
			}
		}, () -> this.current.remove(key));
		return loaded;
	}

	@EventListener
	void on(AuditedChange change) {
		// An update that changed nothing publishes no audit entry.
		if (change.auditEntry() != null && UserAccount.ENTITY.equals(change.auditEntry().entityType())) {
			forget((key) -> key.workspaceId().equals(change.workspaceId())
					&& key.userId().equals(change.auditEntry().entityId()));
		}
	}

	@EventListener
	void on(WorkspaceSettingsChanged change) {
		forget((key) -> key.workspaceId().equals(change.workspaceId()));
	}

	/**
	 * Forgets at once and again after the change's commit: a request that read the user
	 * in between read the old state. (A plain listener, so that the event publication
	 * registry keeps no record of it.)
	 */
	private void forget(Predicate<Key> which) {
		forgetNow(which);
		AfterCommit.run(() -> forgetNow(which));
	}

	private void forgetNow(Predicate<Key> which) {
		this.forgotten.incrementAndGet();
		this.current.keySet().removeIf(which);
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
