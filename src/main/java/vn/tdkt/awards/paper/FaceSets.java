package vn.tdkt.awards.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The paper font's faces, parsed once and lent to one rendering at a time: parsing them for every paper was a sixth
 * of a paper's time (issue #22). A parsed face is read again while a document embeds it, and PDFBox does not say it
 * may be shared between threads, so a rendering borrows a set of its own; a set is about 1.5 MB, and at most
 * {@link #KEPT} are kept (more renderings at once parse more, which go after use). Each paper embeds the subset of a
 * face it uses, as before.
 */
final class FaceSets {

	static final int KEPT = Math.max(2, Runtime.getRuntime().availableProcessors());

	/** The faces' files (name → bytes), as the renderer read them. */
	private final Map<String, byte[]> fonts;

	private final ConcurrentLinkedDeque<Map<String, TrueTypeFont>> kept = new ConcurrentLinkedDeque<>();

	FaceSets(Map<String, byte[]> fonts) {
		this.fonts = fonts;
	}

	/** A set of the faces (file → parsed face) for one rendering; given back after it. */
	Map<String, TrueTypeFont> borrow() {
		Map<String, TrueTypeFont> set = kept.pollFirst();
		if (set != null) {
			return set;
		}
		Map<String, TrueTypeFont> parsed = new LinkedHashMap<>();
		fonts.forEach((file, bytes) -> {
			try {
				parsed.put(file, new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return parsed;
	}

	void giveBack(Map<String, TrueTypeFont> set) {
		if (kept.size() < KEPT) {
			kept.offerFirst(set);
		}
		else {
			set.values().forEach(FaceSets::close);
		}
	}

	int kept() {
		return kept.size();
	}

	/** The face for the renderer, embedded into the document only when its text uses it. */
	static PDFontSupplier embedding(PDDocument document, TrueTypeFont face) {
		return new Face(document, face);
	}

	private static void close(TrueTypeFont font) {
		try {
			font.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A face embedded into the paper only when its text uses it (as the renderer does with font files). */
	private static final class Face extends PDFontSupplier {

		private final PDDocument document;

		private final TrueTypeFont font;

		private PDFont embedded;

		Face(PDDocument document, TrueTypeFont font) {
			super(null);
			this.document = document;
			this.font = font;
		}

		@Override
		public PDFont supply() {
			if (embedded == null) {
				try {
					embedded = PDType0Font.load(document, font, true);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return embedded;
		}

	}

}
