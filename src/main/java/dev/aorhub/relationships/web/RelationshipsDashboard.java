package dev.aorhub.relationships.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.aorhub.relationships.web.DesignationQueries.CategoryValue;
import dev.aorhub.relationships.web.DesignationQueries.ValueTotal;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DashboardSection;
import dev.aorhub.workspace.ExchangeRates;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The relationships module's cards on the home dashboard: renewals whose notice window is
 * open, our AOR value by service category, and the people committed beyond full time.
 */
final class RelationshipsDashboard {

	/** How many rows a card lists before linking to its page. */
	static final int SHOWN = 5;

	/** How many category and currency rows the value card reads at most. */
	static final int CATEGORY_ROWS = 50;

	private RelationshipsDashboard() {
	}

	/** Renewals to decide now: the notice window is open (or the term is over). */
	@Component
	@Order(10)
	static class RenewalsDue implements DashboardSection {

		private final DesignationQueries queries;

		private final WorkspaceClock clock;

		RenewalsDue(DesignationQueries queries, WorkspaceClock clock) {
			this.queries = queries;
			this.clock = clock;
		}

		@Override
		public String title() {
			return "Renewals due";
		}

		@Override
		public String template() {
			return "relationships/dashboard";
		}

		@Override
		public String fragment() {
			return "renewals";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			LocalDate today = this.clock.today(user.workspaceId());
			var listing = this.queries.openRenewals(user.workspaceId(), today, SHOWN);
			return Map.of("rows", listing.items(), "total", listing.total(), "today", today);
		}

	}

	/** What our active AORs are worth a year, by service category. */
	@Component
	@Order(20)
	static class AorValue implements DashboardSection {

		/** One category's line: its per-currency values and designation count. */
		record Line(String category, List<ValueTotal> values, long designations) {
		}

		private final DesignationQueries queries;

		private final ExchangeRates exchangeRates;

		private final WorkspaceClock clock;

		AorValue(DesignationQueries queries, ExchangeRates exchangeRates, WorkspaceClock clock) {
			this.queries = queries;
			this.exchangeRates = exchangeRates;
			this.clock = clock;
		}

		@Override
		public String title() {
			return "AOR annual value";
		}

		@Override
		public String template() {
			return "relationships/dashboard";
		}

		@Override
		public String fragment() {
			return "value";
		}

		@Override
		public boolean money() {
			return true;
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			List<CategoryValue> rows = this.queries.valueByCategory(user.workspaceId(), CATEGORY_ROWS);
			Map<String, Line> lines = new LinkedHashMap<>();
			Map<java.util.Currency, ValueTotal> totals = new TreeMap<>(
					java.util.Comparator.comparing(java.util.Currency::getCurrencyCode));
			for (CategoryValue row : rows) {
				lines.compute(row.category(), (name, line) -> (line == null)
						? new Line(name, List.of(row.value()), row.value().designations()) : new Line(name,
								concat(line.values(), row.value()), line.designations() + row.value().designations()));
				totals.merge(row.value().currency(), row.value(), (a, b) -> new ValueTotal(a.currency(),
						a.amount().add(b.amount()), a.designations() + b.designations()));
			}
			List<Money> amounts = totals.values().stream().map(ValueTotal::money).toList();
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("lines", List.copyOf(lines.values()));
			model.put("totals", List.copyOf(totals.values()));
			model.put("baseTotal",
					this.exchangeRates.besideRollUp(user.workspaceId(), amounts, this.clock.today(user.workspaceId())));
			return model;
		}

		private static List<ValueTotal> concat(List<ValueTotal> values, ValueTotal value) {
			var all = new java.util.ArrayList<>(values);
			all.add(value);
			return List.copyOf(all);
		}

	}

	/** People whose commitments add up to more than full time, now or ahead. */
	@Component
	@Order(40)
	static class OverAllocated implements DashboardSection {

		private final TeamQueries team;

		private final WorkspaceClock clock;

		OverAllocated(TeamQueries team, WorkspaceClock clock) {
			this.team = team;
			this.clock = clock;
		}

		@Override
		public String title() {
			return "Over-allocated people";
		}

		@Override
		public String template() {
			return "relationships/dashboard";
		}

		@Override
		public String fragment() {
			return "allocation";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			var over = this.team.allocations(user.workspaceId(), this.clock.today(user.workspaceId()))
				.stream()
				.filter(TeamQueries.StaffAllocation::overAllocated)
				.toList();
			return Map.of("people", over.subList(0, Math.min(SHOWN, over.size())), "total", over.size());
		}

	}

}
