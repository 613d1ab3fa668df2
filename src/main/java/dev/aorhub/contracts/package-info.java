/**
 * Rate cards and staff cost rates, master services agreements, statements of work with
 * every fee model, change orders, approvals and contract documents.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "workspace", "clients", "relationships" })
package dev.aorhub.contracts;
