package dev.aorhub.delivery.application;

import java.util.List;
import java.util.Objects;

import dev.aorhub.delivery.domain.BrandColour;
import dev.aorhub.delivery.domain.BrandGuidelineContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A brand's guidelines as the API and the form send them, the whole of them each time
 * (the API's PUT). Left out, a list is empty and a text blank. {@code version} is the one
 * the caller saw, left out for guidelines not written yet.
 */
public record BrandGuidelineRequest(
		@Valid @Size(max = BrandGuidelineRequest.MAX_COLOURS,
				message = "must have at most {max} colours") List<@NotNull(
						message = "is required") ColourInput> colours,
		@Size(max = 200, message = "must be at most {max} characters") String headingFont,
		@Size(max = 200, message = "must be at most {max} characters") String bodyFont,
		@Size(max = 2000, message = "must be at most {max} characters") String typographyNotes,
		@Size(max = 4000, message = "must be at most {max} characters") String toneOfVoice,
		@Valid @Size(max = BrandGuidelineRequest.MAX_RULES,
				message = "must have at most {max} rules") List<@NotNull(message = "is required") RuleInput> dos,
		@Valid @Size(max = BrandGuidelineRequest.MAX_RULES,
				message = "must have at most {max} rules") List<@NotNull(message = "is required") RuleInput> donts,
		Long version) {

	static final int MAX_COLOURS = 24;

	static final int MAX_RULES = 30;

	public BrandGuidelineRequest {
		colours = (colours != null) ? colours.stream().filter(Objects::nonNull).toList() : List.of();
		dos = (dos != null) ? dos.stream().filter(Objects::nonNull).toList() : List.of();
		donts = (donts != null) ? donts.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/** An empty request, for a brand without guidelines. */
	public static BrandGuidelineRequest blank() {
		return new BrandGuidelineRequest(List.of(), null, null, null, null, List.of(), List.of(), null);
	}

	/**
	 * The content once valid: texts stripped, blank ones absent, colours in canonical
	 * hex.
	 */
	BrandGuidelineContent content() {
		return new BrandGuidelineContent(
				this.colours.stream()
					.map((c) -> new BrandGuidelineContent.Colour(c.name().strip(), BrandColour.hex(c.hex()),
							text(c.usage())))
					.toList(),
				text(this.headingFont), text(this.bodyFont), text(this.typographyNotes), text(this.toneOfVoice),
				this.dos.stream().map((r) -> r.text().strip()).toList(),
				this.donts.stream().map((r) -> r.text().strip()).toList());
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A colour of the palette: {@code hex} as {@code #1A2B3C} (or {@code #1AB}). */
	public record ColourInput(
			@NotBlank(message = "is required") @Size(max = 100,
					message = "must be at most {max} characters") String name,
			@NotBlank(message = "is required") @Pattern(regexp = "\\s*#?(\\p{XDigit}{6}|\\p{XDigit}{3})\\s*",
					message = "must be a hex colour such as #1A2B3C") String hex,
			@Size(max = 300, message = "must be at most {max} characters") String usage) {

		/** The colour as CSS for a swatch, or null while the hex is not a colour. */
		public String preview() {
			return (this.hex != null && BrandColour.HEX.matcher(this.hex.strip()).matches()) ? BrandColour.hex(this.hex)
					: null;
		}

		boolean blank() {
			return isBlank(this.name) && isBlank(this.hex) && isBlank(this.usage);
		}

	}

	/** A do or a don't. */
	public record RuleInput(@NotBlank(message = "is required") @Size(max = 1000,
			message = "must be at most {max} characters") String text) {

		boolean blank() {
			return isBlank(this.text);
		}

	}

	/**
	 * The request without the rows a form left entirely empty (an added row not filled
	 * in); the API's requests keep theirs, and an empty one is named.
	 */
	public BrandGuidelineRequest withoutEmptyRows() {
		return new BrandGuidelineRequest(this.colours.stream().filter((c) -> !c.blank()).toList(), this.headingFont,
				this.bodyFont, this.typographyNotes, this.toneOfVoice,
				this.dos.stream().filter((r) -> !r.blank()).toList(),
				this.donts.stream().filter((r) -> !r.blank()).toList(), this.version);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
