/**
 * Campaigns, tasks, time entries and timesheets, retainer burn, capacity and resourcing,
 * and creative assets with their approval rounds.
 * <p>
 * Other modules look campaigns and their tasks up through
 * {@link dev.aorhub.delivery.Campaigns} and a retainer's month through
 * {@link dev.aorhub.delivery.RetainerBurns} (billing charges its overage), and react to
 * {@link dev.aorhub.delivery.TimeEntriesApproved} and
 * {@link dev.aorhub.delivery.RetainerThresholdCrossed}. Delivery answers contracts'
 * {@link dev.aorhub.contracts.SowHours} for the SOW pages' burn. It publishes no read
 * view yet; billing will read approved time through an API of this package.
 */
// Campaigns run under a SOW (contracts) for a designation (relationships) at a client
// (clients); time is logged by the workspace's people (workspace) against the SOW's terms
// and rates; resourcing compares the team relationships promised with the hours worked.
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "workspace", "clients", "relationships", "contracts" })
package dev.aorhub.delivery;
