package dev.aorhub.workspace.web;

import java.net.URI;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.application.UserAdministration;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.application.UserRequest;
import dev.aorhub.workspace.web.UserRequests.PasswordRequest;
import jakarta.validation.Valid;
import dev.aorhub.workspace.web.UserRequests.UserResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's users: every staff member may list them, admins change them.
 */
@Tag(name = "Users")
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final UserAdministration users;

	private final UserQueries queries;

	UserApiController(UserAdministration users, UserQueries queries) {
		this.users = users;
		this.queries = queries;
	}

	@Operation(summary = "List users")
	@GetMapping
	PageResponse<UserResponse> list(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean active) {
		PageQuery query = PageQuery.of(page, size, q, sort, UserQueries.SORTING);
		return this.queries.page(viewer.workspaceId(), new UserQueries.UserFilter(role, active), query)
			.map(UserResponse::of);
	}

	@Operation(summary = "Export users as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return exportTable(this.queries, viewer, q, sort, role, active).toResponse(exportFormat, "users");
	}

	static TableExport exportTable(UserQueries queries, CurrentUser viewer, String q, String sort, Role role,
			Boolean active) {
		PageQuery query = PageQuery.forExport(q, sort, UserQueries.SORTING);
		var table = new TableExport("Users",
				java.util.List.of("Name", "E-mail", "Roles", "Active", "Last sign-in", "Created"));
		queries.page(viewer.workspaceId(), new UserQueries.UserFilter(role, active), query)
			.items()
			.forEach((user) -> table.row(user.name(), user.email(),
					String.join(", ", user.roles().stream().map(Role::name).toList()), user.active(),
					user.lastLoginAt(), user.createdAt()));
		return table;
	}

	@Operation(summary = "Get a user")
	@GetMapping("/{id}")
	UserResponse get(CurrentUser viewer, @PathVariable UUID id) {
		return UserResponse.of(this.users.get(viewer, id));
	}

	@Operation(summary = "Create a user")
	@PostMapping
	ResponseEntity<UserResponse> create(CurrentUser admin, @Valid @RequestBody UserRequest request) {
		UserAccount user = this.users.create(admin, request.profile(), request.password());
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.getId())).body(UserResponse.of(user));
	}

	@Operation(summary = "Update a user")
	@PutMapping("/{id}")
	UserResponse update(CurrentUser admin, @PathVariable UUID id, @Valid @RequestBody UserRequest request) {
		return UserResponse
			.of(this.users.update(admin, id, request.profile(), request.mayBeActive(), request.version()));
	}

	/** Users are never deleted, their history stays: DELETE deactivates. */
	@Operation(summary = "Deactivate a user")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser admin, @PathVariable UUID id) {
		this.users.deactivate(admin, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Deactivate a user (as a verb)")
	@PostMapping("/{id}/deactivate")
	UserResponse deactivate(CurrentUser admin, @PathVariable UUID id) {
		return UserResponse.of(this.users.deactivate(admin, id));
	}

	@Operation(summary = "Reactivate a user")
	@PostMapping("/{id}/activate")
	UserResponse activate(CurrentUser admin, @PathVariable UUID id) {
		return UserResponse.of(this.users.activate(admin, id));
	}

	@Operation(summary = "Reset a user's password")
	@PostMapping("/{id}/password")
	UserResponse resetPassword(CurrentUser admin, @PathVariable UUID id, @RequestBody PasswordRequest request) {
		return UserResponse.of(this.users.resetPassword(admin, id, request.password()));
	}

}
