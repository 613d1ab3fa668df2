/**
 * The client-facing pages and API, composed from the other modules' APIs.
 */
// A client user sees their own client's AORs (relationships), SOWs and change orders to
// approve (contracts), creative to approve (delivery), reports and KPIs (performance) and
// invoices (billing); nothing depends on the portal.
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "workspace", "clients",
		"relationships", "contracts", "delivery", "performance", "billing" })
package dev.aorhub.portal;
