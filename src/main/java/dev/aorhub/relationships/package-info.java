/**
 * Service categories, AOR designations, exclusivity and conflict rules, terms and
 * renewals, team assignments, touchpoints and relationship health.
 */
package dev.aorhub.relationships;
