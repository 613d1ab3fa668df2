package dev.aorhub.clients.domain;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
	 * The address as printed on an envelope: street lines, then "city, region postal
	 * code", then the country.
	 */
	public List<String> lines() {
		String locality = Stream.of(this.city, this.region)
			.filter(BillingAddress::present)
			.collect(Collectors.joining(", "));
		if (present(this.postalCode)) {
			locality = locality.isEmpty() ? this.postalCode : locality + " " + this.postalCode;
		}
		return Stream.of(this.line1, this.line2, locality, this.country).filter(BillingAddress::present).toList();
	}

	public String oneLine() {
		return Stream.of(this.line1, this.line2, this.city, this.region, this.postalCode, this.country)
			.filter(BillingAddress::present)
			.collect(Collectors.joining(", "));
	}

	private static boolean present(String part) {
		return part != null && !part.isBlank();
	}

}
