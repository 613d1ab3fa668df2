/**
 * Invoices and credit notes for every fee model, payments, receivables and profitability.
 */
package dev.aorhub.billing;
