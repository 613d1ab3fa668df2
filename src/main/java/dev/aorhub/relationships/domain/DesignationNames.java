package dev.aorhub.relationships.domain;

/**
 * The names a designation's audit summary reads with, which the designation itself only
 * knows by id: its client's and its service category's.
 */
public record DesignationNames(String client, String category) {

}
