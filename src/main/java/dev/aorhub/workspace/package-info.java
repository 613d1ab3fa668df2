/**
 * Tenants (agency workspaces), their users and roles, sign-in and API tokens, workspace
 * settings, and the audit log, which keeps every
 * {@link dev.aorhub.workspace.AuditableEvent} any module publishes.
 * <p>
 * Other modules use {@link dev.aorhub.workspace.WorkspaceUsers} for people. Where their
 * SQL must filter or sort by a person's name or e-mail, they may join the published read
 * view {@code user_directory} (workspace_id, id, name, email, active; see
 * {@code V6_2__workspace_user_directory_view.sql}), readable by every module allowed to
 * depend on this one. The framework's tables (sessions, remember-me logins, ShedLock, the
 * event publication registry, Flyway's history) are made in this module's first migration
 * and read by no module's code.
 */
// The root every other module stands on: it depends on the kernel alone.
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.aorhub.workspace;
