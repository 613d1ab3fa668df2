package dev.aorhub.relationships.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.relationships.ClientRoster;
import dev.aorhub.relationships.application.ServiceCategoryService;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.domain.DesignationTerms;
import dev.aorhub.relationships.domain.ExclusivityPolicy;
import dev.aorhub.relationships.domain.ServiceCategory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's roster: the matrix of categories by markets and the timeline of terms, both
 * built from one query of the client's designations (and one of the categories).
 */
@Component
class RosterQueries implements ClientRoster {

	/**
	 * The timeline shows at most this many years back, so old history does not squash it.
	 */
	static final int MAX_YEARS_BACK = 8;

	private final DesignationQueries designations;

	private final ServiceCategoryService categories;

	RosterQueries(DesignationQueries designations, ServiceCategoryService categories) {
		this.designations = designations;
		this.categories = categories;
	}

	@Override
	@Transactional(readOnly = true)
	public Matrix matrix(UUID workspaceId, UUID clientId) {
		return matrix(clientId, this.categories.active(workspaceId), this.designations.ofClient(workspaceId, clientId));
	}

	/** The client's designations (not archived) and the categories to show. */
	record Roster(List<DesignationQueries.Row> designations, List<ServiceCategory> categories) {
	}

	@Transactional(readOnly = true)
	Roster roster(UUID workspaceId, UUID clientId) {
		return new Roster(this.designations.ofClient(workspaceId, clientId), this.categories.active(workspaceId));
	}

	/**
	 * Rows are the workspace's current categories plus any archived one still in use
	 * here; columns are Global and then the client's other markets; a cell holds the live
	 * (pitching, active, under review) designations.
	 */
	static Matrix matrix(UUID clientId, List<ServiceCategory> categories, List<DesignationQueries.Row> rows) {
		Map<String, String> markets = new LinkedHashMap<>();
		markets.put(ExclusivityPolicy.marketKey(DesignationTerms.DEFAULT_MARKET), DesignationTerms.DEFAULT_MARKET);
		rows.stream()
			.sorted(java.util.Comparator
				.comparing((DesignationQueries.Row row) -> row.market().toLowerCase(Locale.ROOT)))
			.forEach((row) -> markets.putIfAbsent(ExclusivityPolicy.marketKey(row.market()), row.market()));
		Map<UUID, String> categoryNames = new LinkedHashMap<>();
		categories.forEach((category) -> categoryNames.put(category.getId(), category.getName()));
		rows.stream()
			.filter((row) -> row.status().isLive())
			.forEach((row) -> categoryNames.putIfAbsent(row.categoryId(), row.categoryName()));
		List<Row> matrixRows = new ArrayList<>();
		categoryNames.forEach((categoryId, name) -> {
			List<Cell> cells = new ArrayList<>();
			markets.forEach((key,
					market) -> cells.add(new Cell(market,
							rows.stream()
								.filter((row) -> row.categoryId().equals(categoryId) && row.status().isLive()
										&& ExclusivityPolicy.marketKey(row.market()).equals(key))
								.map((row) -> new Holder(row.id(), row.agencyName(), row.kind(), row.status()))
								.toList())));
			matrixRows.add(new Row(categoryId, name, cells));
		});
		matrixRows.sort(java.util.Comparator.comparing((Row row) -> row.categoryName().toLowerCase(Locale.ROOT)));
		return new Matrix(clientId, List.copyOf(markets.values()), matrixRows);
	}

	/** A year boundary on the time axis. */
	record Tick(int year, String left) {
	}

	/** One term on the timeline, positioned in percent of the axis. */
	record Bar(UUID designationId, String categoryName, String market, String agencyName, DesignationKind kind,
			DesignationStatus status, LocalDate startDate, LocalDate endDate, String left, String width,
			boolean openEnded) {

		public boolean isOurs() {
			return this.agencyName == null;
		}

		/** Ours, another agency's, pitching or under review; faded once over. */
		public String css() {
			String base = switch (this.status) {
				case PITCHING -> "bar-pitch";
				case UNDER_REVIEW -> "bar-review";
				default -> isOurs() ? "bar-us" : "bar-other";
			};
			return base + (this.status.isFinal() ? " bar-done" : "") + (this.openEnded ? " bar-open" : "");
		}

	}

	record Timeline(List<Tick> ticks, String todayLeft, List<Bar> bars) {
	}

	/**
	 * The terms on a shared axis of whole years, from the earliest start (at most
	 * {@value #MAX_YEARS_BACK} years back) to at least a year ahead; an open-ended term
	 * runs to the end of the axis.
	 */
	static Timeline timeline(List<DesignationQueries.Row> rows, LocalDate today) {
		LocalDate earliest = rows.stream()
			.map(DesignationQueries.Row::startDate)
			.min(LocalDate::compareTo)
			.orElse(today)
			.withDayOfYear(1);
		LocalDate floor = today.minusYears(MAX_YEARS_BACK).withDayOfYear(1);
		LocalDate from = earliest.isBefore(floor) ? floor : earliest;
		if (from.isAfter(today.withDayOfYear(1))) {
			from = today.withDayOfYear(1);
		}
		LocalDate latest = rows.stream()
			.map(DesignationQueries.Row::endDate)
			.filter(java.util.Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(today);
		LocalDate horizon = today.plusYears(1);
		LocalDate to = (latest.isAfter(horizon) ? latest : horizon).withDayOfYear(1).plusYears(1);
		double span = ChronoUnit.DAYS.between(from, to);
		List<Tick> ticks = new ArrayList<>();
		for (LocalDate year = from; year.isBefore(to); year = year.plusYears(1)) {
			ticks.add(new Tick(year.getYear(), percent(ChronoUnit.DAYS.between(from, year) / span)));
		}
		List<Bar> bars = new ArrayList<>();
		for (DesignationQueries.Row row : rows) {
			LocalDate start = row.startDate().isBefore(from) ? from : row.startDate();
			LocalDate end = (row.endDate() == null || row.endDate().isAfter(to)) ? to : row.endDate().plusDays(1);
			if (!end.isAfter(start)) {
				continue;
			}
			double left = ChronoUnit.DAYS.between(from, start) / span;
			double width = ChronoUnit.DAYS.between(start, end) / span;
			bars.add(new Bar(row.id(), row.categoryName(), row.market(), row.agencyName(), row.kind(), row.status(),
					row.startDate(), row.endDate(), percent(left), percent(width), row.endDate() == null));
		}
		return new Timeline(ticks, percent(ChronoUnit.DAYS.between(from, today) / span), bars);
	}

	private static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.3f", Math.max(0, Math.min(1, fraction)) * 100);
	}

}
