/**
 * Strategic plans: research, competitor analysis, audience segments, roadmap milestones,
 * and OKRs.
 */
// A plan is for a client and its competitors (clients), scoped to the AOR designations it
// serves (relationships).
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "workspace", "clients", "relationships" })
package dev.aorhub.planning;
