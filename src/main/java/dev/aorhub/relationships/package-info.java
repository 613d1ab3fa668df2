/**
 * Service categories, AOR designations, exclusivity and conflict rules, terms and
 * renewals, team assignments, touchpoints and relationship health.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "workspace", "clients" })
package dev.aorhub.relationships;
