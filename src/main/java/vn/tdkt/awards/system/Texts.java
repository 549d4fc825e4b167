package vn.tdkt.awards.system;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as it enters (forms, /api, imports, the Java API): Unicode NFC (a Vietnamese letter typed precomposed or
 * decomposed is the same letter), zero-width characters dropped, trimmed; control characters and the bidirectional
 * overrides, embeddings and isolates that would print a name reversed in a decision are refused with a 400 naming
 * the field; over-long text is refused the same way.
 */
public final class Texts {

	/** Bidirectional formatting: embeddings, overrides (U+202E), isolates, marks. */
	static final Pattern BIDI = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

	static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

	static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

	private Texts() {
	}

	/** A personal ID number as pages show it: all but its last four digits hidden ("••••••••1234"); "" for none. */
	public static String masked(String idNumber) {
		if (idNumber == null) {
			return "";
		}
		int shown = Math.max(0, idNumber.length() - 4);
		return "•".repeat(shown) + idNumber.substring(shown);
	}

	/** A one-line text (a name, a title): null when blank. */
	public static String line(String field, String value, int maxLength) {
		return clean(field, value, maxLength, false);
	}

	/** A text of several lines (achievements, a comment): null when blank. */
	public static String lines(String field, String value, int maxLength) {
		return clean(field, value, maxLength, true);
	}

	/**
	 * A one-line text that must not be empty, even once invisible characters are gone; {@code whenEmpty} is the key
	 * of the messages bundle that says so.
	 */
	public static String requiredLine(String field, String value, int maxLength, String whenEmpty) {
		String clean = line(field, value, maxLength);
		if (clean == null) {
			throw new InvalidInputException(field, whenEmpty);
		}
		return clean;
	}

	static String clean(String field, String value, int maxLength, boolean multiLine) {
		if (value == null) {
			return null;
		}
		String text = Normalizer.normalize(value, Normalizer.Form.NFC);
		if (BIDI.matcher(text).find()) {
			throw new InvalidInputException(field, "error.system.bidi-control");
		}
		text = ZERO_WIDTH.matcher(text).replaceAll("").strip();
		if ((multiLine ? CONTROL_BUT_LINES : CONTROL).matcher(text).find()) {
			throw new InvalidInputException(field, "error.system.control-character");
		}
		if (text.isEmpty()) {
			return null;
		}
		if (text.codePointCount(0, text.length()) > maxLength) {
			throw new InvalidInputException(field, "error.system.too-long", maxLength,
					text.codePointCount(0, text.length()));
		}
		return text;
	}

	/**
	 * An uploaded file's name: its last path segment only, cleaned like a line; refused when over {@code maxLength}.
	 * "tai-lieu" when none is given.
	 */
	public static String fileName(String field, String value, int maxLength) {
		if (value == null) {
			return "tai-lieu";
		}
		String name = value.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		String clean = line(field, name, maxLength);
		return clean == null || clean.equals(".") || clean.equals("..") ? "tai-lieu" : clean;
	}

}
