/**
 * Clients (advertisers), their brands, contacts with their level, and competitors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "workspace" })
package dev.aorhub.clients;
