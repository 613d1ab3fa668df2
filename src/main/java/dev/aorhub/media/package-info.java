/**
 * Vendors, media plans, placements, insertion orders, delivery import, pacing,
 * reconciliation and savings.
 */
// Media plans belong to a campaign (delivery) under a SOW whose commission fee
// (contracts)
// prices the spend, for a client.
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "workspace", "clients", "contracts", "delivery" })
package dev.aorhub.media;
