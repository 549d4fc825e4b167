package vn.tdkt.awards.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Texts a user reads, resolved from the messages bundle ({@code messages/messages}, Vietnamese the base) in a
 * language: the same bundle Thymeleaf and the problem titles use, reachable where no Spring bean is (exceptions,
 * task listeners, filters). Arguments follow {@link MessageFormat}; numbers are printed as they are (an id or a year
 * is not grouped as {@code 2.026}); an argument that is itself a {@link LocalizedException} is told in the same
 * language.
 */
public final class UserTexts {

	static final String BUNDLE = "messages/messages";

	private UserTexts() {
	}

	/** The text of {@code key} in {@code locale}; a key the bundle lacks is taken as the text itself. */
	public static String text(Locale locale, String key, Object... args) {
		String pattern = pattern(locale, key);
		if (pattern == null) {
			return key;
		}
		if (args == null || args.length == 0) {
			return pattern;
		}
		Object[] shown = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof Number number) {
				shown[i] = String.valueOf(number);
			}
			else if (args[i] instanceof LocalizedException nested) {
				shown[i] = nested.text(locale);
			}
			else if (args[i] instanceof Text nested) {
				shown[i] = text(locale, nested.key(), nested.args());
			}
			else {
				shown[i] = args[i];
			}
		}
		return new MessageFormat(pattern, locale).format(shown);
	}

	/** The text of {@code key} in the current request's language ({@link #currentLocale()}). */
	public static String text(String key, Object... args) {
		return text(currentLocale(), key, args);
	}

	/** A text to be told later, in the language of the message it is an argument of. */
	public record Text(String key, Object... args) {
	}

	/** Whether the bundle has {@code key}. */
	public static boolean has(String key) {
		return pattern(WebConfiguration.VIETNAMESE, key) != null;
	}

	/** The language of the current request (cookie on pages, Accept-Language on the API), Vietnamese elsewhere. */
	public static Locale currentLocale() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = context == null ? null : context.getLocale();
		return locale == null ? WebConfiguration.VIETNAMESE : locale;
	}

	private static String pattern(Locale locale, String key) {
		if (key == null || key.isEmpty() || key.indexOf(' ') >= 0) {
			return null;
		}
		try {
			// no fallback to the JVM's locale: Vietnamese is the base bundle, whatever the server's locale
			return ResourceBundle.getBundle(BUNDLE, locale,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(key);
		}
		catch (MissingResourceException ex) {
			return null;
		}
	}

}
