package vn.tdkt.awards.system;

import java.util.Locale;

/**
 * An error a user reads: a key of the messages bundle and its arguments, told in the reader's language when it is
 * shown ({@link #text(Locale)}; {@link #getLocalizedMessage()} in the current request's language) and in Vietnamese
 * in {@link #getMessage()} (logs, the engine's records).
 */
public abstract class LocalizedException extends RuntimeException {

	private final String key;

	private final Object[] args;

	protected LocalizedException(String key, Object... args) {
		super(key);
		this.key = key;
		this.args = args == null ? new Object[0] : args.clone();
	}

	public String key() {
		return key;
	}

	public Object[] args() {
		return args.clone();
	}

	/** The message in {@code locale}. */
	public String text(Locale locale) {
		return UserTexts.text(locale, key, args);
	}

	@Override
	public String getMessage() {
		return text(WebConfiguration.VIETNAMESE);
	}

	@Override
	public String getLocalizedMessage() {
		return text(UserTexts.currentLocale());
	}

	@Override
	public String toString() {
		return getClass().getName() + ": " + getMessage();
	}

}
