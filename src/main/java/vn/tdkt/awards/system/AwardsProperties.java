package vn.tdkt.awards.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed application settings ({@code awards.*} in application.yaml).
 *
 * @param referenceData folder under {@code classpath:reference/} holding the org tree, movements and demo users
 * @param demo demo users of that data set
 */
@ConfigurationProperties("awards")
public record AwardsProperties(@DefaultValue("nam-dinh-2023") String referenceData, @DefaultValue Demo demo) {

	public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {
	}

}
