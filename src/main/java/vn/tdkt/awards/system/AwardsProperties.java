package vn.tdkt.awards.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed application settings ({@code awards.*} in application.yaml).
 *
 * @param referenceData folder under {@code classpath:reference/} holding the org tree, movements and demo users
 * @param demo demo users of that data set
 * @param decision how decisions are numbered
 * @param mail e-mail notifications
 * @param papers the PDFs the system prints
 */
@ConfigurationProperties("awards")
public record AwardsProperties(@DefaultValue("nam-dinh-2023") String referenceData, @DefaultValue Demo demo,
		@DefaultValue Decision decision, @DefaultValue Mail mail, @DefaultValue Papers papers) {

	/**
	 * @param numberPattern {number} and {symbol} (the authority's, e.g. QĐ-UBND), optionally {year}: "15/QĐ-UBND"
	 */
	public record Decision(@DefaultValue("{number}/{symbol}") String numberPattern) {
	}

	/**
	 * @param from sender address
	 * @param baseUrl where links in mails point (the application as users reach it)
	 * @param dispatchEnabled whether this node sends the outbox (every node may: they share rows by lease)
	 * @param pollInterval how often the outbox is polled
	 * @param maxAttempts attempts before a mail is marked FAILED (still visible, can be retried)
	 * @param lease how long a node may take to send a claimed mail before another node takes it over
	 */
	public record Mail(@DefaultValue("Xét khen thưởng <khenthuong@example.org>") String from,
			@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("true") boolean dispatchEnabled,
			@DefaultValue("PT5S") java.time.Duration pollInterval, @DefaultValue("12") int maxAttempts,
			@DefaultValue("PT5M") java.time.Duration lease) {
	}

	/**
	 * @param blankOffsetXMm a printer's shift to the right when printing onto pre-printed blanks, in mm (may be
	 * negative); added to every certificate layout
	 * @param blankOffsetYMm the same, downwards
	 */
	public record Papers(@DefaultValue("0") double blankOffsetXMm, @DefaultValue("0") double blankOffsetYMm) {
	}

	public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {
	}

}
