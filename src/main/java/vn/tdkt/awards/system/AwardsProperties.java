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
 * @param security logins and what the APIs accept
 */
@ConfigurationProperties("awards")
public record AwardsProperties(@DefaultValue("ninh-binh") String referenceData, @DefaultValue Demo demo,
		@DefaultValue Decision decision, @DefaultValue Mail mail, @DefaultValue Papers papers,
		@DefaultValue Security security) {

	/**
	 * @param login how failed logins slow down, per account and per client address
	 * @param deploymentApiEnabled whether process models may be deployed through the engine's REST APIs (the
	 * application deploys bpmn/ itself; an administrator's deployment runs expressions on the server)
	 * @param allowedOrigins other web origins (scheme://host:port) whose pages may write through /api and
	 * /engine-rest; none by default
	 */
	public record Security(@DefaultValue Login login, @DefaultValue("false") boolean deploymentApiEnabled,
			@DefaultValue java.util.List<String> allowedOrigins) {
	}

	/**
	 * Failed logins hold first the account, then the client address, for a time that doubles with each failure and
	 * never exceeds its maximum: nobody can lock an account for good by guessing.
	 *
	 * @param accountFreeFailures failures of one account before it is held
	 * @param accountFirstHold the first hold of an account, doubled with each further failure
	 * @param accountMaxHold the longest hold of an account
	 * @param addressFreeFailures failures from one client address (whatever accounts) before it is held
	 * @param addressFirstHold the first hold of an address, doubled with each further failure
	 * @param addressMaxHold the longest hold of an address
	 * @param forgetAfter failures older than this are forgotten
	 */
	public record Login(@DefaultValue("3") int accountFreeFailures, @DefaultValue("PT5S") java.time.Duration accountFirstHold,
			@DefaultValue("PT15M") java.time.Duration accountMaxHold, @DefaultValue("10") int addressFreeFailures,
			@DefaultValue("PT30S") java.time.Duration addressFirstHold,
			@DefaultValue("PT1H") java.time.Duration addressMaxHold,
			@DefaultValue("PT1H") java.time.Duration forgetAfter) {
	}

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
	 * @param keepSent how long sent mails stay in the outbox
	 */
	public record Mail(@DefaultValue("Xét khen thưởng <khenthuong@example.org>") String from,
			@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("true") boolean dispatchEnabled,
			@DefaultValue("PT5S") java.time.Duration pollInterval, @DefaultValue("12") int maxAttempts,
			@DefaultValue("PT5M") java.time.Duration lease, @DefaultValue("P90D") java.time.Duration keepSent) {
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
