package dev.aorhub.workspace.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.application.OwnAccount;
import dev.aorhub.workspace.application.SignupService;
import dev.aorhub.workspace.security.ApiTokens;
import dev.aorhub.workspace.security.RateLimits;
import dev.aorhub.workspace.security.SecondFactorRequiredException;
import dev.aorhub.workspace.security.TokenSignIn;
import dev.aorhub.shared.web.Problems;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up of a new workspace, API tokens and the caller's own identity.
 */
@Tag(name = "Sign-up and API tokens")
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

	record SignupResponse(UUID workspaceId, UUID userId) {
	}

	/**
	 * @param code the code of the user's authenticator app, or one of their recovery
	 * codes: needed when they have a second factor or their workspace requires one
	 */
	record TokenRequest(String email, String password, String name,
			@Schema(description = "TOTP code or recovery code; required when the user has a second factor or "
					+ "the workspace requires one (else 401 second-factor-required)",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) String code) {
	}

	record TokenResponse(UUID id, String name, String token, Instant expiresAt) {
	}

	record TokenListItem(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	record MeResponse(UUID userId, UUID workspaceId, String workspaceName, String email, String name, Set<Role> roles,
			UUID clientId) {
	}

	private final SignupService signups;

	private final ApiTokens tokens;

	private final TokenSignIn tokenSignIn;

	private final OwnAccount ownAccount;

	private final RateLimits rateLimits;

	AccountApiController(SignupService signups, ApiTokens tokens, TokenSignIn tokenSignIn, OwnAccount ownAccount,
			RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.signups = signups;
		this.tokens = tokens;
		this.tokenSignIn = tokenSignIn;
		this.ownAccount = ownAccount;
	}

	@Operation(summary = "Sign up a new workspace")
	@SecurityRequirements
	@PostMapping("/signup")
	@RateLimited(LimitedOperation.SIGNUP)
	ResponseEntity<SignupResponse> signUp(@Valid @RequestBody SignupService.Signup request, HttpServletRequest http) {
		var result = this.signups.signUp(request, http.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/workspace"))
			.body(new SignupResponse(result.workspaceId(), result.userId()));
	}

	@Operation(summary = "Create an API token with e-mail and password",
			description = "A user with a second factor, or whose workspace requires one, also sends \"code\": "
					+ "the authenticator app's current code or a recovery code. Without it, or with a wrong one, "
					+ "the answer is 401 with a problem type ending in /second-factor-required; "
					+ "too many wrong codes answer 429.")
	@SecurityRequirements
	@PostMapping("/auth/tokens")
	ResponseEntity<TokenResponse> createToken(@RequestBody TokenRequest request, HttpServletRequest http) {
		CurrentUser user = this.tokenSignIn.signIn(request.email(), request.password(), request.code(), http);
		// Counted once the password proved who asks: before, wrong passwords are the
		// login throttle's, and a stranger's requests cannot use up the user's tokens.
		this.rateLimits.acquire(LimitedOperation.TOKEN, Optional.of(user), http.getRemoteAddr());
		var issued = this.tokens.issue(user, request.name());
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/auth/tokens/" + issued.id()))
			.body(new TokenResponse(issued.id(), issued.name(), issued.token(), issued.expiresAt()));
	}

	@Operation(summary = "List your API tokens")
	@GetMapping("/auth/tokens")
	PageResponse<TokenListItem> listTokens(CurrentUser user) {
		List<TokenListItem> items = this.tokens.list(user)
			.stream()
			.map((t) -> new TokenListItem(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt(),
					t.revokedAt()))
			.toList();
		return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
	}

	@Operation(summary = "Revoke one of your API tokens")
	@DeleteMapping("/auth/tokens/{id}")
	ResponseEntity<Void> revokeToken(CurrentUser user, @PathVariable UUID id) {
		this.tokens.revoke(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Change your password")
	@PutMapping("/me/password")
	ResponseEntity<Void> changePassword(CurrentUser user, @RequestBody PasswordChange change) {
		this.ownAccount.changePassword(user, change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Get the signed-in user")
	@GetMapping("/me")
	MeResponse me(CurrentUser user) {
		return new MeResponse(user.userId(), user.workspaceId(), user.workspaceName(), user.email(), user.name(),
				user.roles(), user.clientId());
	}

	@ExceptionHandler(SecondFactorRequiredException.class)
	ResponseEntity<ProblemDetail> secondFactorRequired(SecondFactorRequiredException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "second-factor-required", ex.getMessage()));
	}

}
