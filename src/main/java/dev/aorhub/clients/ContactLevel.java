package dev.aorhub.clients;

/**
 * How senior a client contact is. An AOR relationship is safer with contacts at several
 * levels than with one champion.
 */
public enum ContactLevel {

	EXECUTIVE, SENIOR, MANAGER, WORKING

}
