package dev.aorhub.delivery.application;

import java.util.List;
import java.util.UUID;

import dev.aorhub.delivery.domain.BrandColour;
import dev.aorhub.delivery.domain.BrandGuidelineFile;

/**
 * A brand's guidelines as a page or the API shows them, beside the creative under review.
 * A brand without guidelines has a view too, empty, with {@link #written()} false and no
 * version.
 *
 * @param id the guidelines' own id, null until written
 * @param files the logo and example files, logos first, each kind in upload order
 */
public record BrandGuidelineView(UUID id, UUID brandId, UUID clientId, String brandName, String clientName,
		List<BrandColour> colours, String headingFont, String bodyFont, String typographyNotes, String toneOfVoice,
		List<String> dos, List<String> donts, List<FileView> files, Long version) {

	public boolean written() {
		return this.version != null;
	}

	/** Whether there is anything to show at all. */
	public boolean isEmpty() {
		return this.colours.isEmpty() && this.headingFont == null && this.bodyFont == null
				&& this.typographyNotes == null && this.toneOfVoice == null && this.dos.isEmpty()
				&& this.donts.isEmpty() && this.files.isEmpty();
	}

	public List<FileView> logos() {
		return filesFor(BrandGuidelineFile.Purpose.LOGO);
	}

	public List<FileView> doExamples() {
		return filesFor(BrandGuidelineFile.Purpose.DO);
	}

	public List<FileView> dontExamples() {
		return filesFor(BrandGuidelineFile.Purpose.DONT);
	}

	private List<FileView> filesFor(BrandGuidelineFile.Purpose purpose) {
		return this.files.stream().filter((f) -> f.purpose() == purpose).toList();
	}

	/**
	 * A logo or example file; {@link #image()} says whether a browser can show it inline.
	 */
	public record FileView(UUID id, BrandGuidelineFile.Purpose purpose, String caption, String fileName,
			String contentType, long sizeBytes) {

		public boolean image() {
			return this.contentType != null && this.contentType.startsWith("image/");
		}

	}

}
