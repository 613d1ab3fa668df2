/**
 * KPIs, targets and measurements, dashboards and client reports.
 */
// KPIs measure campaigns (delivery) and media delivery (media) against a SOW's targets
// (contracts), reported to a client. Relationship health reads KPIs through events, so
// performance does not depend on relationships.
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "workspace", "clients", "contracts", "delivery", "media" })
package dev.aorhub.performance;
