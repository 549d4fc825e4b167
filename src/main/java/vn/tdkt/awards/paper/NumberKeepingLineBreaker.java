package vn.tdkt.awards.paper;

import java.text.BreakIterator;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Unicode line breaking, except inside document numbers and symbols: no break after a '/' or '-' that sits between
 * two non-space characters, so "15/QĐ-UBND" or "152/2025/NĐ-CP" never split across lines.
 */
final class NumberKeepingLineBreaker implements FSTextBreaker {

	private final BreakIterator lines = BreakIterator.getLineInstance(PdfRenderer.VI);

	private String text = "";

	@Override
	public void setText(String newText) {
		this.text = newText;
		lines.setText(newText);
	}

	@Override
	public int next() {
		int at = lines.next();
		while (at != BreakIterator.DONE && insideNumber(at)) {
			at = lines.next();
		}
		return at;
	}

	private boolean insideNumber(int at) {
		if (at < 2 || at >= text.length()) {
			return false;
		}
		char joiner = text.charAt(at - 1);
		return (joiner == '/' || joiner == '-') && !Character.isWhitespace(text.charAt(at - 2))
				&& !Character.isWhitespace(text.charAt(at));
	}

}
