package dev.aorhub.delivery.domain;

import java.util.List;

/**
 * What a brand's guidelines say, checked by the request that carries it: the palette in
 * order (name, hex, usage), the fonts and notes on typography, the tone of voice, and the
 * do and don't rules in order.
 */
public record BrandGuidelineContent(List<Colour> colours, String headingFont, String bodyFont, String typographyNotes,
		String toneOfVoice, List<String> dos, List<String> donts) {

	public BrandGuidelineContent {
		colours = List.copyOf(colours);
		dos = List.copyOf(dos);
		donts = List.copyOf(donts);
	}

	/** A colour before it belongs to a workspace's guideline. */
	public record Colour(String name, String hex, String usage) {

	}

}
