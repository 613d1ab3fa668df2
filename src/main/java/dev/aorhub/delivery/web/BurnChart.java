package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.aorhub.delivery.application.RetainerBurnService.Burn;
import dev.aorhub.delivery.domain.BurnProjection;

/**
 * A month's burn-down as SVG coordinates: the hours remaining after each day's approved
 * time (below zero once the retainer is over), the ideal line that spends the available
 * hours evenly over the month's weekdays, and the projection to the run-out date.
 */
record BurnChart(int width, int height, String ideal, String actual, String projection, double zeroY, List<Tick> xTicks,
		List<Tick> yTicks) {

	static final int WIDTH = 640;

	static final int HEIGHT = 220;

	private static final int LEFT = 44;

	private static final int RIGHT = 12;

	private static final int TOP = 12;

	private static final int BOTTOM = 28;

	/** A labelled position on an axis. */
	record Tick(double position, String label) {
	}

	static BurnChart of(Burn burn) {
		YearMonth month = burn.month().month();
		double available = burn.month().availableHours().doubleValue();
		LocalDate lastDay = month.atEndOfMonth();
		LocalDate lastActual = burn.today().isBefore(lastDay) ? burn.today() : lastDay;
		List<double[]> remaining = new ArrayList<>();
		double left = available;
		remaining.add(new double[] { 0, left });
		for (LocalDate day = month.atDay(1); !day.isAfter(lastActual); day = day.plusDays(1)) {
			left -= minutesOn(burn.usedMinutesByDay(), day) / 60.0;
			remaining.add(new double[] { day.getDayOfMonth(), left });
		}
		double lowest = remaining.stream().mapToDouble((point) -> point[1]).min().orElse(0);
		double maxY = Math.max(available, 1);
		double minY = Math.min(0, lowest);
		Scale scale = new Scale(month.lengthOfMonth(), minY, maxY);

		List<double[]> ideal = new ArrayList<>();
		int weekdays = BurnProjection.weekdays(month.atDay(1), lastDay);
		int spent = 0;
		ideal.add(new double[] { 0, available });
		for (LocalDate day = month.atDay(1); !day.isAfter(lastDay); day = day.plusDays(1)) {
			if (BurnProjection.isWeekday(day)) {
				spent++;
			}
			ideal.add(new double[] { day.getDayOfMonth(), available * (1 - (double) spent / Math.max(weekdays, 1)) });
		}
		String projection = "";
		if (burn.projectedRunOut().isPresent() && !month.isBefore(YearMonth.from(burn.today()))) {
			LocalDate runOut = burn.projectedRunOut().get();
			double endX = runOut.isAfter(lastDay) ? month.lengthOfMonth() : runOut.getDayOfMonth();
			double endY = runOut.isAfter(lastDay) ? left * (1 - (endX - lastActual.getDayOfMonth())
					/ Math.max(1, (double) (runOut.toEpochDay() - lastActual.toEpochDay()))) : 0;
			projection = scale
				.points(List.of(new double[] { lastActual.getDayOfMonth(), left }, new double[] { endX, endY }));
		}
		List<Tick> xTicks = new ArrayList<>();
		for (int day : new int[] { 1, 8, 15, 22, month.lengthOfMonth() }) {
			xTicks.add(new Tick(scale.x(day),
					day + " " + month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)));
		}
		List<Tick> yTicks = new ArrayList<>();
		for (double value : new double[] { minY, 0, maxY / 2, maxY }) {
			if (value < 0 || value > 0 || minY == 0) {
				yTicks.add(new Tick(scale.y(value), hoursLabel(value)));
			}
		}
		return new BurnChart(WIDTH, HEIGHT, scale.points(ideal), scale.points(remaining), projection, scale.y(0),
				xTicks, dedupe(yTicks));
	}

	private static List<Tick> dedupe(List<Tick> ticks) {
		List<Tick> unique = new ArrayList<>();
		for (Tick tick : ticks) {
			if (unique.stream().noneMatch((seen) -> Math.abs(seen.position() - tick.position()) < 8)) {
				unique.add(tick);
			}
		}
		return unique;
	}

	private static String hoursLabel(double hours) {
		return BigDecimal.valueOf(hours).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString() + " h";
	}

	private static long minutesOn(Map<LocalDate, Long> days, LocalDate day) {
		return days.getOrDefault(day, 0L);
	}

	/** From days and hours to the SVG's pixels. */
	private record Scale(int days, double minY, double maxY) {

		double x(double day) {
			return LEFT + (WIDTH - LEFT - RIGHT) * day / this.days;
		}

		double y(double hours) {
			return TOP + (HEIGHT - TOP - BOTTOM) * (this.maxY - hours) / (this.maxY - this.minY);
		}

		String points(List<double[]> points) {
			StringBuilder text = new StringBuilder();
			for (double[] point : points) {
				if (!text.isEmpty()) {
					text.append(' ');
				}
				text.append(String.format(Locale.ROOT, "%.1f,%.1f", x(point[0]), y(point[1])));
			}
			return text.toString();
		}

	}

}
