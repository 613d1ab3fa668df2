package dev.aorhub.clients.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.web.ClientQueries.ContactRow;

/**
 * A client's contacts as the account team draws them: each person under whom they report
 * to, most senior first. Someone whose manager is archived (or not recorded) heads a tree
 * of their own, so nobody disappears from the chart.
 */
record OrgChart(List<Node> roots, Map<ContactLevel, Integer> activeByLevel, int size) {

	/** A person and the people who report to them. */
	record Node(ContactRow contact, List<Node> reports) {

		/**
		 * Everyone below this person, to keep them out of their own reports-to choice.
		 */
		public Set<UUID> descendantIds() {
			Set<UUID> ids = new HashSet<>();
			collect(this, ids);
			return ids;
		}

		private static void collect(Node node, Set<UUID> ids) {
			for (Node report : node.reports) {
				if (ids.add(report.contact.id())) {
					collect(report, ids);
				}
			}
		}

	}

	private static final Comparator<ContactRow> SENIOR_FIRST = Comparator
		.comparing((ContactRow contact) -> !contact.primary())
		.thenComparing(ContactRow::level)
		.thenComparing((contact) -> contact.name().toLowerCase(Locale.ROOT))
		.thenComparing(ContactRow::id);

	/** The chart of the contacts that are not archived. */
	static OrgChart of(List<ContactRow> contacts) {
		List<ContactRow> current = contacts.stream()
			.filter((contact) -> !contact.archived())
			.sorted(SENIOR_FIRST)
			.toList();
		Map<UUID, Node> nodes = new LinkedHashMap<>();
		current.forEach((contact) -> nodes.put(contact.id(), new Node(contact, new ArrayList<>())));
		List<Node> roots = new ArrayList<>();
		for (Node node : nodes.values()) {
			Node manager = nodes.get(node.contact().reportsToId());
			if (manager != null && manager != node) {
				manager.reports().add(node);
			}
			else {
				roots.add(node);
			}
		}
		// The service refuses loops; a loop made by hand in the database would otherwise
		// hide its members, so its first member becomes a root.
		Set<UUID> reachable = new HashSet<>();
		roots.forEach((root) -> {
			reachable.add(root.contact().id());
			reachable.addAll(root.descendantIds());
		});
		for (Node node : nodes.values()) {
			if (!reachable.contains(node.contact().id())) {
				nodes.get(node.contact().reportsToId()).reports().remove(node);
				roots.add(node);
				reachable.add(node.contact().id());
				reachable.addAll(node.descendantIds());
			}
		}
		Map<ContactLevel, Integer> byLevel = new EnumMap<>(ContactLevel.class);
		for (ContactLevel level : ContactLevel.values()) {
			byLevel.put(level, 0);
		}
		current.stream()
			.filter(ContactRow::active)
			.forEach((contact) -> byLevel.merge(contact.level(), 1, Integer::sum));
		return new OrgChart(List.copyOf(roots), byLevel, current.size());
	}

	Node find(UUID id) {
		for (Node root : this.roots) {
			Node found = find(root, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static Node find(Node node, UUID id) {
		if (node.contact().id().equals(id)) {
			return node;
		}
		for (Node report : node.reports()) {
			Node found = find(report, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** How many of the four levels have at least one active contact. */
	public int levelsCovered() {
		return (int) this.activeByLevel.values().stream().filter((count) -> count > 0).count();
	}

}
