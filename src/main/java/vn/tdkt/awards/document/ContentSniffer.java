package vn.tdkt.awards.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's type by its content, never by its name or the client's Content-Type: PDF, JPEG and PNG by their
 * magic bytes; DOCX and XLSX as ZIP packages holding [Content_Types].xml and word/document.xml or xl/workbook.xml.
 */
public final class ContentSniffer {

	public static final String PDF = "application/pdf";

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private ContentSniffer() {
	}

	public static Optional<String> detect(byte[] content) {
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
			Set<String> entries = zipEntries(content);
			if (entries.contains("[Content_Types].xml")) {
				if (entries.contains("word/document.xml")) {
					return Optional.of(DOCX);
				}
				if (entries.contains("xl/workbook.xml")) {
					return Optional.of(XLSX);
				}
			}
		}
		return Optional.empty();
	}

	private static Set<String> zipEntries(byte[] content) {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && names.size() < 10_000) {
				names.add(entry.getName());
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// not a readable ZIP: not an Office document
		}
		return names;
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
