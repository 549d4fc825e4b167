package vn.tdkt.awards.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.micrometer.core.instrument.Metrics;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a paper: an XHTML template under {@code classpath:papers/} (Thymeleaf, XML mode, so the output is
 * well-formed for the PDF renderer) to a PDF with Liberation Serif embedded (SIL Open Font License; metric-compatible
 * with Times New Roman, which Decree 30/2020/NĐ-CP asks of administrative documents; every Vietnamese glyph). Only
 * this font is registered, so no character can silently fall back to a font without Vietnamese.
 */
@Component
public class PdfRenderer {

	public static final String FONT_FAMILY = "Liberation Serif";

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	/** The four faces, as openhtmltopdf registers them: file, weight, style. */
	static final Map<String, Object[]> FACES = Map.of("liberation/LiberationSerif-Regular.ttf",
			new Object[] { 400, FontStyle.NORMAL }, "liberation/LiberationSerif-Bold.ttf",
			new Object[] { 700, FontStyle.NORMAL }, "liberation/LiberationSerif-Italic.ttf",
			new Object[] { 400, FontStyle.ITALIC }, "liberation/LiberationSerif-BoldItalic.ttf",
			new Object[] { 700, FontStyle.ITALIC });

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final Map<String, byte[]> fonts = new LinkedHashMap<>();

	/** The faces parsed once, lent to one rendering at a time. */
	private final FaceSets faceSets = new FaceSets(fonts);

	/** Font metrics, parsed once and shared by every rendering (the largest part of a small paper's cost). */
	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	public PdfRenderer() {
		XRLog.setLoggerImpl(new PdfLog());
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("papers/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		templates.setTemplateResolver(resolver);
		for (String file : FACES.keySet()) {
			fonts.put(file, withoutGlyphSubstitution(read(file)));
		}
	}

	/**
	 * The template filled with the model: XHTML, as the PDF will show it. Composed (NFC) throughout, so that text typed
	 * with combining diacritics shows with the font's precomposed Vietnamese letters.
	 */
	public String xhtml(String template, Map<String, Object> model) {
		Context context = new Context(VI);
		context.setVariables(model);
		return Normalizer.normalize(templates.process(template, context), Normalizer.Form.NFC);
	}

	public byte[] pdf(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.useUnicodeLineBreaker(new NumberKeepingLineBreaker());
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
			Map<String, TrueTypeFont> parsed = faceSets.borrow();
			try {
				FACES.forEach((file, face) -> builder.useFont(FaceSets.embedding(pdf, parsed.get(file)), FONT_FAMILY,
						(Integer) face[0], (FontStyle) face[1], true));
				builder.withW3cDocument(PaperXhtml.parse(xhtml), null);
				builder.toStream(out);
				builder.run();
			}
			finally {
				faceSets.giveBack(parsed);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The paper as a PDF. Each rendering is timed ({@code awards.papers.render}, tagged with the template): what a
	 * paper costs, for operators and for the benchmark's ms per paper.
	 */
	public byte[] render(String template, Map<String, Object> model) {
		return Metrics.timer(RENDER_TIMER, "paper", template).record(() -> pdf(xhtml(template, model)));
	}

	/** The timer of {@link #render}: one sample per paper. */
	public static final String RENDER_TIMER = "awards.papers.render";

	/** How many parsed sets of the faces are kept for the next renderings (for tests). */
	int keptFaceSets() {
		return faceSets.kept();
	}

	/** The bytes of a face of the embedded font, for checks. */
	public byte[] font(String file) {
		return fonts.get(file);
	}

	/**
	 * The font without its GSUB table (ligatures): PDFBox 3.0 applies Latin GSUB rules by compiling regular
	 * expressions for every string shown, which made a one-page paper cost about 50 ms. Vietnamese needs no
	 * substitution (its letters are precomposed glyphs, text is NFC); without ligatures the text also extracts as
	 * typed. The table is renamed in the font's directory, which keeps the directory sorted and every checksum valid.
	 */
	static byte[] withoutGlyphSubstitution(byte[] ttf) {
		byte[] font = ttf.clone();
		int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (font[record] == 'G' && font[record + 1] == 'S' && font[record + 2] == 'U' && font[record + 3] == 'B') {
				font[record + 3] = 'X';
			}
		}
		return font;
	}

	private static byte[] read(String file) {
		try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("Font " + file + " is not on the classpath (openpdf-fonts-extra)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
