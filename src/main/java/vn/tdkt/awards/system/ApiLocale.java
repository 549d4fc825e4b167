package vn.tdkt.awards.system;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of an API answer: the best of Vietnamese and English by the request's {@code Accept-Language},
 * Vietnamese when it names neither. Pages keep their own choice (the {@code lang} cookie, Vietnamese first): a
 * Vietnamese officer's browser often asks for English by default.
 */
public final class ApiLocale {

	static final List<Locale> SUPPORTED = List.of(WebConfiguration.VIETNAMESE, Locale.ENGLISH);

	private ApiLocale() {
	}

	public static Locale of(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return WebConfiguration.VIETNAMESE;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return best == null ? WebConfiguration.VIETNAMESE : best;
		}
		catch (IllegalArgumentException ex) {
			return WebConfiguration.VIETNAMESE;
		}
	}

	public static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** A text of the messages bundle, for answers given outside Spring MVC (security filters). */
	public static String text(HttpServletRequest request, String key) {
		// no fallback to the JVM's locale: Vietnamese is the base bundle, whatever the server's locale
		return ResourceBundle.getBundle("messages/messages", of(request),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.getString(key);
	}

}
