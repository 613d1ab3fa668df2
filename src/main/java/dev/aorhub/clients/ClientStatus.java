package dev.aorhub.clients;

/**
 * Where a client stands with the agency.
 */
public enum ClientStatus {

	PROSPECT, ACTIVE, FORMER

}
