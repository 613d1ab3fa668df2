package dev.aorhub.clients.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a client's invoices go.
 */
@Embeddable
public record BillingAddress(@Column(name = "address_line1") String line1, @Column(name = "address_line2") String line2,
		String city, String region, @Column(name = "postal_code") String postalCode, String country) {

	public static BillingAddress empty() {
		return new BillingAddress(null, null, null, null, null, null);
	}

	/**
	 * The address as printed on an envelope: street lines, postal code and city, region,
	 * country.
	 */
	public java.util.List<String> lines() {
		String locality = java.util.stream.Stream.of(this.postalCode, this.city)
			.filter((part) -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(" "));
		if (this.region != null && !this.region.isBlank()) {
			locality = locality.isEmpty() ? this.region : locality + ", " + this.region;
		}
		return java.util.stream.Stream.of(this.line1, this.line2, locality, this.country)
			.filter((part) -> part != null && !part.isBlank())
			.toList();
	}

	public String oneLine() {
		return java.util.stream.Stream.of(this.line1, this.line2, this.city, this.region, this.postalCode, this.country)
			.filter((part) -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(", "));
	}

}
