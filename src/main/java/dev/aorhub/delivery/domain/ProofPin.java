package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.aorhub.delivery.AssetKind;
import dev.aorhub.shared.InvalidInputException;

/**
 * Where a proofing comment points: a point of an image ({@code x}, {@code y} as fractions
 * 0–1 of its width and height, from the top left), a page of a PDF (from 1), or nothing
 * (a general comment). A point needs both coordinates.
 */
public record ProofPin(BigDecimal x, BigDecimal y, Integer page) {

	/** Six decimals place a pin to a millionth of the image: finer than any screen. */
	static final int SCALE = 6;

	public static final ProofPin NONE = new ProofPin(null, null, null);

	/**
	 * Checks a pin from a request and rounds it to the stored precision.
	 * @throws InvalidInputException naming {@code x}, {@code y} or {@code page}
	 */
	public static ProofPin of(BigDecimal x, BigDecimal y, Integer page) {
		var problems = new InvalidInputException.Collector();
		problems.check(x == null || inUnit(x), "x", "must be between 0 and 1 (a fraction of the width)");
		problems.check(y == null || inUnit(y), "y", "must be between 0 and 1 (a fraction of the height)");
		problems.check((x == null) == (y == null), (x == null) ? "x" : "y", "is needed with the other coordinate");
		problems.check(page == null || page >= 1, "page", "must be 1 or more");
		problems.throwIfAny();
		return new ProofPin(round(x), round(y), page);
	}

	/** Refuses a kind of pin the asset's kind cannot show: points are on images. */
	public ProofPin requireFits(AssetKind kind, String contentType) {
		var problems = new InvalidInputException.Collector();
		boolean image = contentType != null && contentType.startsWith("image/");
		problems.check(this.x == null || image, "x", "can pin only an image; leave x and y out for a general comment");
		problems.check(this.page == null || "application/pdf".equals(contentType), "page",
				"can point only into a PDF; leave it out for a general comment");
		problems.throwIfAny();
		return this;
	}

	public boolean isPoint() {
		return this.x != null;
	}

	/** The point as CSS percentages, for the marker over the image. */
	public String leftPercent() {
		return percent(this.x);
	}

	public String topPercent() {
		return percent(this.y);
	}

	private static String percent(BigDecimal fraction) {
		return (fraction != null) ? fraction.movePointRight(2).setScale(3, RoundingMode.HALF_EVEN).toPlainString() + "%"
				: null;
	}

	private static boolean inUnit(BigDecimal value) {
		return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
	}

	private static BigDecimal round(BigDecimal value) {
		return (value != null) ? value.setScale(SCALE, RoundingMode.HALF_EVEN) : null;
	}

}
