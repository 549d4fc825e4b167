package vn.tdkt.awards.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper's XHTML is parsed by the renderer's own parser: well-formed XHTML only, no DOCTYPE, no entity. */
class PaperXhtmlTest {

	@Test
	void aPage_rendersItsVietnameseText() throws Exception {
		byte[] pdf = new PdfRenderer().pdf("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { font-family:"
				+ " 'Liberation Serif'; }</style></head><body><p>Quyết định khen thưởng – Bằng khen</p></body></html>");
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Quyết định khen thưởng – Bằng khen");
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
	void textThatIsNotWellFormed_isRefused() {
		assertThatThrownBy(() -> PdfRenderer.document("<html><body><p>Bằng khen</body></html>"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("A paper's XHTML is not well-formed");
	}

}
