/**
 * Service categories, AOR designations, exclusivity and conflict rules, terms and
 * renewals, team assignments, touchpoints and relationship health.
 * <p>
 * Other modules use {@link dev.aorhub.relationships.Designations} and
 * {@link dev.aorhub.relationships.ServiceCategories} (one id or a batch of ids in one
 * query, and the pickers' listings) and {@link dev.aorhub.relationships.ClientRoster}.
 */
// A designation is held at a client (clients) and led and staffed by the workspace's
// people.
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "workspace", "clients" })
package dev.aorhub.relationships;
