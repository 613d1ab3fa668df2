/**
 * Rate cards, master services agreements, statements of work with their fee arrangements,
 * change orders and approvals.
 */
package dev.aorhub.contracts;
