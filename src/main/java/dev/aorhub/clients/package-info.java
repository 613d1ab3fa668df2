/**
 * Clients (advertisers), their brands, contacts with their level, and competitors.
 * <p>
 * Other modules use the {@link dev.aorhub.clients.Clients} API (look up one client or a
 * batch by ids). Where their SQL must filter or sort by a client's name, they may join
 * the published read view {@code client_directory} (workspace_id, id, name, name_key,
 * currency, status, archived; see {@code V6_1__clients_directory_view.sql}), readable by
 * every module allowed to depend on this one; the tables behind it stay this module's
 * own.
 */
// Every client belongs to a workspace and every change is audited there.
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "workspace" })
package dev.aorhub.clients;
