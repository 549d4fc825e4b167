package vn.tdkt.awards.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import vn.tdkt.awards.system.ApiLocale;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * The texts the guards in front of the application answer with, from the messages bundle: {@code /api} clients read
 * the language they ask for (Accept-Language, Vietnamese by default); the engine's clients (engine-rest, Tasklist,
 * Cockpit) and the actuator, which show the text as it is and do not tell the language of their user, read both,
 * Vietnamese first ("vi / en").
 */
final class GuardTexts {

	private GuardTexts() {
	}

	/** The text for the client of this request. */
	static String forClient(HttpServletRequest request, String key, Object... args) {
		return ApiLocale.isApi(request) ? UserTexts.text(ApiLocale.of(request), key, args) : both(key, args);
	}

	/** Vietnamese, then English: "vi / en". */
	static String both(String key, Object... args) {
		return UserTexts.text(WebConfiguration.VIETNAMESE, key, args) + " / " + UserTexts.text(Locale.ENGLISH, key, args);
	}

}
