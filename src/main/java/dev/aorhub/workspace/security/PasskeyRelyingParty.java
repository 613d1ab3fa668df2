package dev.aorhub.workspace.security;

import java.util.Set;

import dev.aorhub.workspace.config.WorkspaceProperties;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * AOR Hub as a WebAuthn relying party: Spring Security's webauthn4j operations with the
 * relying party id and origins of {@code aorhub.security.passkeys.*}. Without configured
 * origins, the one allowed is {@code http://localhost:<port>} of the port the server
 * actually listens on, known only once it has started (tests take a random one).
 * <p>
 * Passkeys are discoverable and verify their user (PIN, fingerprint), so a passkey alone
 * is two factors. Each sign-in with one is published as a {@link SecondFactorAttempt}.
 */
class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final WorkspaceProperties.Passkeys settings;

	private final UserLoader users;

	private final ApplicationEventPublisher events;

	private volatile Webauthn4JRelyingPartyOperations operations;

	PasskeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			WorkspaceProperties.Passkeys settings, UserLoader users, ApplicationEventPublisher events) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.settings = settings;
		this.users = users;
		this.events = events;
		this.operations = operations(
				settings.allowedOrigins().isEmpty() ? Set.of("http://localhost:8080") : settings.allowedOrigins());
	}

	@EventListener
	void on(WebServerInitializedEvent started) {
		if (this.settings.allowedOrigins().isEmpty()
				&& !"management".equals(started.getApplicationContext().getServerNamespace())) {
			this.operations = operations(Set.of("http://localhost:" + started.getWebServer().getPort()));
		}
	}

	private Webauthn4JRelyingPartyOperations operations(Set<String> origins) {
		var rp = PublicKeyCredentialRpEntity.builder().id(this.settings.rpId()).name(this.settings.rpName()).build();
		var result = new Webauthn4JRelyingPartyOperations(this.userEntities, this.credentials, rp, Set.copyOf(origins));
		result.setCustomizeCreationOptions(
				(options) -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.userVerification(UserVerificationRequirement.REQUIRED)
					.build()));
		result.setCustomizeRequestOptions((options) -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return result;
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return this.operations.createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return this.operations.registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return this.operations.createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		try {
			PublicKeyCredentialUserEntity user = this.operations.authenticate(request);
			attempted(user, true);
			return user;
		}
		catch (RuntimeException ex) {
			Bytes userHandle = request.getPublicKey().getResponse().getUserHandle();
			attempted((userHandle != null) ? this.userEntities.findById(userHandle) : null, false);
			throw ex;
		}
	}

	private void attempted(PublicKeyCredentialUserEntity userEntity, boolean succeeded) {
		String email = (userEntity != null) ? userEntity.getName() : null;
		java.util.UUID workspaceId = null;
		java.util.UUID userId = null;
		if (email != null) {
			try {
				var user = this.users.loadUserByUsername(email).user();
				workspaceId = user.workspaceId();
				userId = user.userId();
			}
			catch (UsernameNotFoundException ex) {
				// A passkey of a user deleted since: the attempt names no known user.
			}
		}
		this.events
			.publishEvent(new SecondFactorAttempt(workspaceId, userId, email, remoteAddress(), "PASSKEY", succeeded));
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
