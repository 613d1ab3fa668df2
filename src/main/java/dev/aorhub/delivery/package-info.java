/**
 * Campaigns, tasks, time entries and timesheets, capacity, and creative assets with their
 * approval rounds.
 */
package dev.aorhub.delivery;
