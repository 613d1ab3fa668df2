/**
 * Vendors, media plans, placements, insertion orders, delivery import, pacing,
 * reconciliation and savings.
 */
package dev.aorhub.media;
