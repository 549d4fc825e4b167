package vn.tdkt.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tdkt.awards.award.SubjectType;

class NomineeExcelTest {

	NomineeExcel excel = new NomineeExcel();

	@Test
	void theTemplateReadsBackWithItsExampleRow() {
		var nominees = excel.read(new ByteArrayInputStream(excel.template()));
		assertThat(nominees).singleElement().satisfies(n -> {
			assertThat(n.subjectType()).isEqualTo(SubjectType.CA_NHAN);
			assertThat(n.name()).isEqualTo("Nguyễn Văn A");
		});
	}

	@Test
	void subjectTypesAreReadWithOrWithoutDiacriticsOrAsCodes() throws Exception {
		var nominees = excel.read(new ByteArrayInputStream(sheet(new String[][] { { "Tập thể", "Hội Nông dân xã" },
				{ "ho gia dinh", "Hộ ông Trần Văn B" }, { "CA_NHAN", "Lê Thị C" }, { "", "" } })));
		assertThat(nominees).extracting(n -> n.subjectType())
			.containsExactly(SubjectType.TAP_THE, SubjectType.HO_GIA_DINH, SubjectType.CA_NHAN);
	}

	@Test
	void badRowsAreReportedByNumber_andNothingIsImported() throws Exception {
		byte[] file = sheet(new String[][] { { "Cá nhân", "Đúng" }, { "Robot", "Sai đối tượng" }, { "Cá nhân", "" } });
		assertThatThrownBy(() -> excel.read(new ByteArrayInputStream(file))).isInstanceOf(InvalidDossierException.class)
			.hasMessageContaining("Dòng 3")
			.hasMessageContaining("Robot")
			.hasMessageContaining("Dòng 4: thiếu họ tên");
		assertThatThrownBy(() -> excel.read(new ByteArrayInputStream("không phải Excel".getBytes())))
			.isInstanceOf(InvalidDossierException.class);
	}

	static byte[] sheet(String[][] rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = book.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("Đối tượng");
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
