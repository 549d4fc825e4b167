package vn.tdkt.awards.system;

import java.util.Locale;
import java.util.regex.Pattern;

/** Error texts shown to users and clients: never SQL, a stack trace or a qualified class name. */
public final class SafeMessages {

	/** What gives a server's internals away: MyBatis' "###" sections, SQL, JDBC, qualified class names, frames. */
	static final Pattern LEAK = Pattern.compile(
			"###|\\bSQL\\b|(?i:jdbc)|\\b(?:java|javax|jakarta|org|com|vn)\\.[a-z_]+\\.|\\bat [a-z_]+\\.[a-z_]+|\\w+Exception:");

	private SafeMessages() {
	}

	public static boolean leaks(String message) {
		return message != null && LEAK.matcher(message).find();
	}

	/**
	 * The message, or a neutral sentence with a reference (in the current request's language) when it would give
	 * internals away.
	 */
	public static String safe(String message, String reference) {
		return safe(message, reference, UserTexts.currentLocale());
	}

	/** The same, the neutral sentence in {@code locale}. */
	public static String safe(String message, String reference, Locale locale) {
		return leaks(message) ? UserTexts.text(locale, "error.system.server-error", reference) : message;
	}

}
