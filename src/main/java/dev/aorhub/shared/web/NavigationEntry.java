package dev.aorhub.shared.web;

import java.util.Set;

/**
 * One entry of the main navigation, contributed as a bean by the module that owns the
 * page, so the menu grows as modules land. {@code roles} empty means every staff user.
 */
public record NavigationEntry(String section, String label, String href, String icon, int order, Set<String> roles) {

	public NavigationEntry {
		roles = Set.copyOf(roles);
	}

	public boolean visibleTo(Set<String> userRoles) {
		return this.roles.isEmpty() || this.roles.stream().anyMatch(userRoles::contains);
	}

}
