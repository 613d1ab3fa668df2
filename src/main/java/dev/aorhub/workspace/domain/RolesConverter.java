package dev.aorhub.workspace.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.aorhub.workspace.Role;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a user's roles as one ordered, comma-separated column.
 */
@Converter
public class RolesConverter implements AttributeConverter<Set<Role>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Role> roles) {
		return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<Role> convertToEntityAttribute(String column) {
		return parse(column);
	}

	public static Set<Role> parse(String column) {
		if (column == null || column.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return Arrays.stream(column.split(","))
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}
