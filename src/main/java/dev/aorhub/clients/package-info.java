/**
 * Clients (advertisers), their brands, contacts with their level, and competitors.
 */
package dev.aorhub.clients;
