package dev.aorhub.shared;

/**
 * One invalid field of a request, named by its path ({@code fees[1].percent}).
 */
public record FieldProblem(String field, String message) {

}
