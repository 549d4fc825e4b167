package vn.tdkt.awards.review;

/**
 * Text from users (titles, names, comments, file names) inside the markdown of Tasklist's form text views: every
 * ASCII punctuation character is backslash-escaped (CommonMark lets any of them be), so it renders as the same
 * text and never as a link, an image, an autolink, emphasis or HTML.
 */
final class Markdown {

	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	private Markdown() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (PUNCTUATION.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c == '\r' ? ' ' : c);
		}
		return escaped.toString();
	}

}
