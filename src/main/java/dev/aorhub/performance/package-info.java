/**
 * KPIs, targets and measurements, dashboards and client reports.
 */
package dev.aorhub.performance;
