package dev.aorhub.workspace.application;

import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.TooManyAttemptsException;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.config.WorkspaceProperties;
import dev.aorhub.shared.validation.ValidCurrency;
import dev.aorhub.shared.validation.ValidTimeZone;
import dev.aorhub.workspace.domain.LoginIdentities;
import dev.aorhub.workspace.domain.PasswordPolicy;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserAccountRepository;
import dev.aorhub.workspace.domain.UserProfile;
import dev.aorhub.workspace.domain.Workspace;
import dev.aorhub.workspace.domain.WorkspaceRepository;
import dev.aorhub.workspace.security.LoginThrottle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Makes a new workspace with its first user as admin.
 */
@Service
@Validated
public class SignupService {

	/**
	 * A sign-up as the API and the sign-up page send it. The password's rules that need
	 * the e-mail (not its local part, not a common one) and a free e-mail are checked on
	 * signing up.
	 */
	public record Signup(@NotBlank(message = NAME_RULE) @Size(max = 120, message = NAME_RULE) String workspaceName,
			@NotBlank(message = UserProfile.EMAIL_RULE) @Email(regexp = UserProfile.EMAIL_PATTERN,
					message = UserProfile.EMAIL_RULE) @Size(max = 254, message = UserProfile.EMAIL_RULE) String email,
			@NotBlank(message = NAME_RULE) @Size(max = 120, message = NAME_RULE) String name,
			@NotNull(message = PasswordPolicy.LENGTH_RULE) @Size(min = PasswordPolicy.MIN_LENGTH,
					message = PasswordPolicy.LENGTH_RULE) String password,
			@ValidCurrency String baseCurrency, @ValidTimeZone String timeZone) {

		static final String NAME_RULE = "must be 1 to 120 characters";

		/** An address pasted with spaces around it is still the address. */
		public Signup {
			email = (email != null) ? email.strip() : null;
		}

	}

	/** The one answer for a taken address, see {@link LoginIdentities}. */
	static final String UNUSABLE_EMAIL = "cannot be used; sign in if it is yours, or choose another address";

	public record SignedUp(UUID workspaceId, UUID userId, CurrentUser admin) {
	}

	private final WorkspaceRepository workspaces;

	private final UserAccountRepository users;

	private final LoginIdentities logins;

	private final PasswordEncoder passwordEncoder;

	private final WorkspaceProperties properties;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	SignupService(WorkspaceRepository workspaces, UserAccountRepository users, LoginIdentities logins,
			PasswordEncoder passwordEncoder, WorkspaceProperties properties, ApplicationEventPublisher events,
			LoginThrottle throttle) {
		this.events = events;
		this.throttle = throttle;
		this.workspaces = workspaces;
		this.users = users;
		this.logins = logins;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	public boolean isEnabled() {
		return this.properties.signup().enabled();
	}

	/**
	 * A sign-up from the API or the sign-up page. Attempts are counted per e-mail and per
	 * client address; too many within the login throttle's window answer 429, so sign-up
	 * cannot be used to test which addresses have an account.
	 */
	@Transactional
	public SignedUp signUp(@Valid Signup signup, String clientAddress) {
		if (!isEnabled()) {
			throw new AccessDeniedException("Sign-up of new workspaces is turned off");
		}
		this.throttle.signUpLockedFor(signup.email(), clientAddress).ifPresent((remaining) -> {
			throw new TooManyAttemptsException("Too many sign-ups with this e-mail or from this address; "
					+ LoginThrottle.tryAgainIn(remaining) + ".", remaining);
		});
		this.throttle.signUpAttempted(signup.email(), clientAddress);
		return create(signup, EnumSet.of(Role.ADMIN));
	}

	/** Also used to make the demo workspace, whose first user has more than one role. */
	@Transactional
	public SignedUp create(Signup signup, Set<Role> firstUserRoles) {
		var problems = new InvalidInputException.Collector();
		UserProfile profile = new UserProfile(signup.email(), signup.name(), firstUserRoles, null);
		profile.problems().forEach((problem) -> problems.add(problem.field(), problem.message()));
		PasswordPolicy.violation(signup.password(), signup.email(), signup.name())
			.ifPresent((reason) -> problems.add("password", reason));
		Currency currency = WorkspaceSettingsService.currency(signup.baseCurrency());
		ZoneId zone = WorkspaceSettingsService.zone(signup.timeZone());
		problems.throwIfAny();
		// Hashed before the e-mail is looked up, so a taken address answers as slowly as
		// a free one.
		String passwordHash = this.passwordEncoder.encode(signup.password());
		if (this.logins.isTaken(profile.normalisedEmail())) {
			throw new InvalidInputException("email", UNUSABLE_EMAIL);
		}

		Workspace workspace = this.workspaces.saveAndFlush(new Workspace(signup.workspaceName(), currency, zone));
		UserAccount admin = this.users
			.saveAndFlush(UserAccount.firstAdmin(workspace.getId(), workspace.getName(), profile, passwordHash));
		this.logins.register(admin.getEmail(), workspace.getId(), admin.getId());

		CurrentUser actor = admin.asCurrentUser(workspace.getName());
		workspace.signedUpBy(actor);
		this.workspaces.saveAndFlush(workspace);
		return new SignedUp(workspace.getId(), admin.getId(), actor);
	}

}
