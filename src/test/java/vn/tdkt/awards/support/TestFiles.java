package vn.tdkt.awards.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files of each accepted type, made on the fly. */
public final class TestFiles {

	private TestFiles() {
	}

	/** A minimal valid one-page PDF. */
	public static byte[] pdf(String text) {
		String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append("%010d 00000 n \n".formatted(offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] docx(String text) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xlsx(String text) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(text);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Office package with a VBA project added, as Office saves a macro-enabled file (.docm, .xlsm). */
	public static byte[] withMacros(byte[] office) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(office));
				var zip = new java.util.zip.ZipOutputStream(out)) {
			java.util.zip.ZipEntry entry;
			String folder = "word/";
			while ((entry = in.getNextEntry()) != null) {
				if (entry.getName().startsWith("xl/")) {
					folder = "xl/";
				}
				zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				zip.write(in.readAllBytes());
				zip.closeEntry();
			}
			zip.putNextEntry(new java.util.zip.ZipEntry(folder + "vbaProject.bin"));
			zip.write(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
