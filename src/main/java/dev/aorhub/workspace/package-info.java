/**
 * Tenants (agency workspaces), their users and roles, sign-in and API tokens, workspace
 * settings and the audit log every module writes to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.aorhub.workspace;
