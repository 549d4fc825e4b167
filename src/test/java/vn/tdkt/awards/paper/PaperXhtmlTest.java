package vn.tdkt.awards.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper's XHTML is parsed by the renderer's own parser: well-formed XHTML only, no DOCTYPE, no entity. */
class PaperXhtmlTest {

	static String page(String text) {
		return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { font-family: 'Liberation Serif'; }"
				+ "</style></head><body><p>" + text + "</p><p><b>" + text + "</b></p></body></html>";
	}

	/** Its text, and the faces it embeds: those it uses, each a subset. */
	static void check(byte[] pdf, String text) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(text);
			var resources = document.getPage(0).getResources();
			List<String> fonts = new ArrayList<>();
			for (var name : resources.getFontNames()) {
				fonts.add(resources.getFont(name).getName());
			}
			assertThat(fonts).hasSize(2)
				.allMatch(f -> f.matches("[A-Z]{6}\\+LiberationSerif(-Bold)?"))
				.anyMatch(f -> f.endsWith("-Bold"));
		}
	}

	@Test
	void aPage_rendersItsVietnameseText_withTheFacesItUses() throws Exception {
		check(new PdfRenderer().pdf(page("Quyết định khen thưởng – Bằng khen")), "Quyết định khen thưởng – Bằng khen");
	}

	/** The parsed faces are each thread's own: papers rendered at once come out whole. */
	@Test
	void papersRenderedAtOnce_eachComeOutWhole() throws Exception {
		PdfRenderer renderer = new PdfRenderer();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> papers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String text = "Giấy khen số " + i + " – Ủy ban nhân dân xã Giao Phong";
				papers.add(threads.submit(() -> renderer.pdf(page(text))));
			}
			for (int i = 0; i < 16; i++) {
				check(papers.get(i).get(), "Giấy khen số " + i + " – Ủy ban nhân dân xã Giao Phong");
			}
		}
		finally {
			threads.shutdownNow();
		}
		// the parsed faces kept for the next papers stay bounded
		assertThat(renderer.keptFaceSets()).isBetween(1, FaceSets.KEPT);
	}

	/** One rendering after another parses the faces once. */
	@Test
	void papersOneAfterAnother_shareOneParsedSetOfFaces() throws Exception {
		PdfRenderer renderer = new PdfRenderer();
		for (int i = 0; i < 3; i++) {
			check(renderer.pdf(page("Bằng khen số " + i)), "Bằng khen số " + i);
			assertThat(renderer.keptFaceSets()).isEqualTo(1);
		}
	}

	@Test
	void anExternalEntity_isRefused_beforeAnythingIsRead(@TempDir Path dir) throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "mật khẩu");
		String xhtml = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY s SYSTEM \"" + secret.toUri()
				+ "\">]><html><body><p>&s;</p></body></html>";
		assertThatThrownBy(() -> new PdfRenderer().pdf(xhtml)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("DOCTYPE")
			.hasMessageNotContaining("mật khẩu");
	}

	@Test
	void textThatIsNotWellFormed_isRefused_withoutWritingToTheConsole() {
		PrintStream console = System.err;
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
		try {
			assertThatThrownBy(() -> PaperXhtml.parse("<html><body><p>Bằng khen</body></html>"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("A paper's XHTML is not well-formed");
		}
		finally {
			System.setErr(console);
		}
		assertThat(written.toString(StandardCharsets.UTF_8)).doesNotContain("Fatal Error");
	}

}
