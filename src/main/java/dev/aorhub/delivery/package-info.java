/**
 * Campaigns, tasks, time entries and timesheets, capacity, and creative assets with their
 * approval rounds.
 */
// Campaigns run under a SOW (contracts) for a designation (relationships) at a client;
// time
// is logged by the workspace's people against the SOW's budget.
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "workspace", "clients", "relationships", "contracts" })
package dev.aorhub.delivery;
