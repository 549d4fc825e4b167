package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.tdkt.awards.support.TestFiles;

/** File types told by content; Office packages by their central directory, never by inflating an entry. */
class ContentSnifferTest {

	@Test
	void officeDocuments_areToldApartByTheirParts() {
		assertThat(ContentSniffer.detect(TestFiles.docx("Báo cáo"))).contains(ContentSniffer.DOCX);
		assertThat(ContentSniffer.detect(TestFiles.xlsx("Danh sách"))).contains(ContentSniffer.XLSX);
		assertThat(ContentSniffer.detect(TestFiles.pdf("x"))).contains(ContentSniffer.PDF);
		assertThat(ContentSniffer.detect(zip("a.txt", "b.txt"))).isEmpty();
		assertThat(ContentSniffer.detect("PK\u0003\u0004 not a zip".getBytes())).isEmpty();
		assertThat(ContentSniffer.detect(new byte[0])).isEmpty();
	}

	@Test
	void aPackageWithAVbaProject_isMacroEnabled_underAnyName() {
		byte[] docm = TestFiles.withMacros(TestFiles.docx("Báo cáo"));
		byte[] xlsm = TestFiles.withMacros(TestFiles.xlsx("Danh sách"));
		assertThat(ContentSniffer.detect(docm)).contains(ContentSniffer.OFFICE_WITH_MACROS);
		assertThat(ContentSniffer.detect(xlsm)).contains(ContentSniffer.OFFICE_WITH_MACROS);
	}

	/**
	 * The entries' data is never inflated: a package whose compressed data is garbage (a ZipInputStream fails on it,
	 * as it would spend its time inflating a bomb) is still told apart by its directory.
	 */
	@Test
	void entriesAreReadOffTheCentralDirectory_withoutInflatingAny() throws IOException {
		byte[] docx = TestFiles.docx("Báo cáo thành tích");
		byte[] damaged = docx.clone();
		// the first entry's compressed data starts after its 30-byte local header, name and extra field
		int nameLength = (damaged[26] & 0xFF) | (damaged[27] & 0xFF) << 8;
		int extraLength = (damaged[28] & 0xFF) | (damaged[29] & 0xFF) << 8;
		int data = 30 + nameLength + extraLength;
		for (int i = data; i < data + 16; i++) {
			damaged[i] = (byte) 0xFF;
		}
		assertThat(inflatesCleanly(damaged)).as("the damaged package cannot be inflated").isFalse();
		assertThat(ContentSniffer.detect(damaged)).contains(ContentSniffer.DOCX);
	}

	private static boolean inflatesCleanly(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			while (zip.getNextEntry() != null) {
				zip.readAllBytes();
			}
			return true;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static byte[] zip(String... names) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(name.getBytes());
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
