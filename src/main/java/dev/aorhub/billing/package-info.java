/**
 * Invoices and credit notes for every fee model, payments, receivables and profitability.
 */
// Invoices price a SOW's fees (contracts) from approved time (delivery), media spend
// (media) and performance results (performance), billed to a client.
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "workspace", "clients", "contracts", "delivery", "media", "performance" })
package dev.aorhub.billing;
