package vn.tdkt.awards.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed application settings ({@code awards.*} in application.yaml).
 *
 * @param referenceData folder under {@code classpath:reference/} holding the org tree, movements and demo users
 * @param demo demo users of that data set
 * @param decision how decisions are numbered
 */
@ConfigurationProperties("awards")
public record AwardsProperties(@DefaultValue("nam-dinh-2023") String referenceData, @DefaultValue Demo demo,
		@DefaultValue Decision decision) {

	/**
	 * @param numberPattern {number} and {symbol} (the authority's, e.g. QĐ-UBND), optionally {year}: "15/QĐ-UBND"
	 */
	public record Decision(@DefaultValue("{number}/{symbol}") String numberPattern) {
	}

	public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {
	}

}
