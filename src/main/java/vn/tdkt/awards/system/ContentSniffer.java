package vn.tdkt.awards.system;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a file's type by its content, never by its name or the client's Content-Type: PDF, JPEG and PNG by their
 * magic bytes; DOCX and XLSX as ZIP packages holding [Content_Types].xml and word/document.xml or xl/workbook.xml.
 * A package's entries are read off its central directory at the end of the file, without inflating any entry (a
 * small file may inflate to gigabytes). A package holding a VBA project (.docm, .xlsm saved under any name) is
 * {@link #OFFICE_WITH_MACROS}, which no upload accepts.
 */
public final class ContentSniffer {

	public static final String PDF = "application/pdf";

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** An Office package with macros: refused everywhere, with {@link #MACROS_REFUSED}. */
	public static final String OFFICE_WITH_MACROS = "application/vnd.ms-office.vbaProject";

	/**
	 * The bundle key of the refusal of the chosen file for its macros (no argument; {@code .formatted(...)} leaves it as
	 * it is).
	 */
	public static final String MACROS_REFUSED = "error.document.chosen-file-macros";

	/** The bundle key of the refusal of a named file for its macros: {0} = the file's name. */
	public static final String MACROS_REFUSED_NAMED = "error.document.file-macros";

	/** The most entries read off a central directory: Office documents have tens. */
	static final int MAX_ENTRIES = 10_000;

	private static final int END_OF_DIRECTORY = 0x06054b50;

	private static final int DIRECTORY_ENTRY = 0x02014b50;

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
				if (entries.stream().anyMatch(e -> e.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"))) {
					return Optional.of(OFFICE_WITH_MACROS);
				}
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

	/** The names in a ZIP's central directory; empty when it has none that can be read. */
	static Set<String> zipEntries(byte[] content) {
		Set<String> names = new HashSet<>();
		ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
		// the end record is 22 bytes, followed by a comment of at most 65,535
		int end = -1;
		for (int at = content.length - 22; at >= 0 && at >= content.length - 22 - 0xFFFF; at--) {
			if (zip.getInt(at) == END_OF_DIRECTORY) {
				end = at;
				break;
			}
		}
		if (end < 0) {
			return names;
		}
		int count = Short.toUnsignedInt(zip.getShort(end + 10));
		long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
		int at = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int i = 0; i < Math.min(count, MAX_ENTRIES); i++) {
			if (at < 0 || at + 46 > content.length || zip.getInt(at) != DIRECTORY_ENTRY) {
				return names;
			}
			int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
			int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
			int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
			if (at + 46 + nameLength > content.length) {
				return names;
			}
			names.add(new String(content, at + 46, nameLength, StandardCharsets.UTF_8));
			at += 46 + nameLength + extraLength + commentLength;
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
