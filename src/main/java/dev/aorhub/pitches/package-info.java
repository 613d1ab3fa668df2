/**
 * Agency reviews and RFPs the agency takes part in: weighted criteria, scorecards,
 * checklists, case studies and outcomes.
 */
// A review is run by a client (or prospect) and staffed by the workspace's people.
// PitchWon
// is listened to by relationships and contracts (a designation, a draft MSA), so pitches
// may not depend on them: categories travel as ids in its events.
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "workspace", "clients" })
package dev.aorhub.pitches;
