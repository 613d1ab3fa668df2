/**
 * Strategic plans: research, competitor analysis, audience segments, roadmap milestones,
 * and OKRs.
 */
package dev.aorhub.planning;
