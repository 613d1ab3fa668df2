package dev.aorhub.delivery.domain;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A colour of a brand's palette: its name, its hex value ({@code #1A2B3C}, kept in upper
 * case) and what it is for. Carries the workspace so the row keeps the tenant key.
 */
@Embeddable
public record BrandColour(@Column(name = "workspace_id") UUID workspaceId, @Column(name = "name") String name,
		@Column(name = "hex") String hex, @Column(name = "usage_note") String usage) {

	/**
	 * Six hex digits after a hash; the short CSS form is written out by
	 * {@link #hex(String)}.
	 */
	public static final Pattern HEX = Pattern.compile("#?(\\p{XDigit}{6}|\\p{XDigit}{3})");

	public BrandColour {
		hex = hex(hex);
	}

	/**
	 * The canonical form of a hex colour: {@code #} and six upper-case digits
	 * ({@code 0af} becomes {@code #00AAFF}).
	 * @throws IllegalArgumentException for anything else
	 */
	public static String hex(String value) {
		String text = (value != null) ? value.strip() : "";
		if (!HEX.matcher(text).matches()) {
			throw new IllegalArgumentException("Not a hex colour: " + value);
		}
		String digits = text.startsWith("#") ? text.substring(1) : text;
		if (digits.length() == 3) {
			digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
					+ digits.charAt(2);
		}
		return "#" + digits.toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether text on this colour reads better in white than in black (relative luminance
	 * of WCAG 2, threshold where both contrasts are equal).
	 */
	public boolean needsLightText() {
		double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
		return luminance < 0.179;
	}

	private double channel(int start) {
		double value = Integer.parseInt(this.hex.substring(start, start + 2), 16) / 255.0;
		return (value <= 0.04045) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

}
