/**
 * Agency reviews and RFPs the agency takes part in: weighted criteria, scorecards,
 * checklists, case studies and outcomes.
 */
package dev.aorhub.pitches;
