/**
 * Rate cards and staff cost rates, master services agreements, statements of work with
 * every fee model, change orders, approvals and contract documents.
 */
// Clients are the contracting parties; an MSA governs relationships' designations and its
// non-compete clause names their service categories.
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "workspace", "clients", "relationships" })
package dev.aorhub.contracts;
