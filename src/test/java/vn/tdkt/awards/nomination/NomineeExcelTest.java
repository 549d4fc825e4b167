package vn.tdkt.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tdkt.awards.award.SubjectType;

class NomineeExcelTest {

	NomineeExcel excel = new NomineeExcel();

	@Test
	void theTemplatesExampleRow_isNeverImported() throws Exception {
		assertThatThrownBy(() -> excel.read(new ByteArrayInputStream(excel.template())))
			.isInstanceOf(InvalidDossierException.class)
			.hasMessage("Tệp không có người nào (dòng 1 là tiêu đề; dòng ví dụ không được nhập)");
		var nominees = excel.read(new ByteArrayInputStream(fromTemplate(excel, "Tập thể", "Hội Nông dân xã Giao Ninh",
				null, null, null, null, "Xuất sắc")));
		assertThat(nominees).singleElement().satisfies(n -> {
			assertThat(n.subjectType()).isEqualTo(SubjectType.TAP_THE);
			assertThat(n.name()).isEqualTo("Hội Nông dân xã Giao Ninh");
			assertThat(n.achievements()).isEqualTo("Xuất sắc");
			assertThat(n.idNumber()).isNull();
		});
	}

	/**
	 * What offices' Excel does to IDs and dates: an ID typed as a number loses its leading zero (given back: 11 digits
	 * are a 12-digit CCCD), a 12-digit one shows as 1.23457E+11 (read as its digits), an ID typed as text stays; birth
	 * dates in the built-in short-date format (12/20/22) or typed as text read as dates.
	 */
	@Test
	void idsAndBirthDates_readAsTyped_notAsExcelShowsThem() throws Exception {
		byte[] file;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.template()));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = book.getSheetAt(0);
			CellStyle shortDate = book.createCellStyle();
			shortDate.setDataFormat((short) 14);
			Object[][] rows = { { "Cá nhân", "Số thiếu số 0", 36080001234d, java.time.LocalDate.of(1980, 6, 15) },
					{ "Cá nhân", "Số đủ 12 chữ số", 123456789012d, "20/12/1975" },
					{ "Cá nhân", "Số gõ dạng văn bản", "001085004321", "1990-01-02" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 2);
				row.createCell(0).setCellValue((String) rows[r][0]);
				row.createCell(1).setCellValue((String) rows[r][1]);
				if (rows[r][2] instanceof Double number) {
					row.createCell(4).setCellValue(number);
				}
				else {
					row.createCell(4).setCellValue((String) rows[r][2]);
				}
				if (rows[r][3] instanceof java.time.LocalDate date) {
					var cell = row.createCell(5);
					cell.setCellValue(date);
					cell.setCellStyle(shortDate);
					assertThat(new DataFormatter().formatCellValue(cell)).as("what Excel shows").isEqualTo("6/15/80");
				}
				else {
					row.createCell(5).setCellValue((String) rows[r][3]);
				}
			}
			book.write(out);
			file = out.toByteArray();
		}
		var nominees = excel.read(new ByteArrayInputStream(file));
		assertThat(nominees).extracting(n -> n.idNumber()).containsExactly("036080001234", "123456789012", "001085004321");
		assertThat(nominees).extracting(n -> n.birthDate()).containsExactly(java.time.LocalDate.of(1980, 6, 15),
				java.time.LocalDate.of(1975, 12, 20), java.time.LocalDate.of(1990, 1, 2));
	}

	@Test
	void aWrongIdOrBirthDate_isReportedByRow() throws Exception {
		byte[] file = fromTemplate(excel, "Cá nhân", "Lê Văn D", null, null, "12345", "31/02/1980", null);
		assertThatThrownBy(() -> excel.read(new ByteArrayInputStream(file))).isInstanceOf(InvalidDossierException.class)
			.hasMessageContaining("Dòng 3: số định danh '12345' phải gồm 12 chữ số")
			.hasMessageContaining("Dòng 3: ngày sinh '31/02/1980' không đọc được");
	}

	/** The downloaded template with one row added after its example row, cells as given (null: left empty). */
	static byte[] fromTemplate(NomineeExcel excel, Object... cells) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.template()));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var row = book.getSheetAt(0).createRow(2);
			for (int c = 0; c < cells.length; c++) {
				if (cells[c] instanceof String text) {
					row.createCell(c).setCellValue(text);
				}
				else if (cells[c] instanceof Double number) {
					row.createCell(c).setCellValue(number);
				}
				else if (cells[c] instanceof java.time.LocalDate date) {
					CellStyle shortDate = book.createCellStyle();
					shortDate.setDataFormat((short) 14);
					var cell = row.createCell(c);
					cell.setCellValue(date);
					cell.setCellStyle(shortDate);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	/** The template's last column, a person's gender: Nam / Nữ as typed (with or without diacritics). */
	@Test
	void genders_areReadAsTyped_andAWrongOneIsReportedByRow() throws Exception {
		assertThat(excel.read(new ByteArrayInputStream(fromTemplate(excel, "Cá nhân", "Lê Thị Hoa", null, null, null,
				null, null, "nữ"))).get(0).gender()).isEqualTo(vn.tdkt.awards.nomination.Gender.NU);
		assertThat(excel.read(new ByteArrayInputStream(fromTemplate(excel, "Cá nhân", "Lê Văn Hòa", null, null, null,
				null, null, "Nam"))).get(0).gender()).isEqualTo(vn.tdkt.awards.nomination.Gender.NAM);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> excel.read(new ByteArrayInputStream(fromTemplate(excel,
				"Cá nhân", "Lê Văn Hòa", null, null, null, null, null, "khác"))))
			.hasMessageContaining("Dòng 3: giới tính 'khác' không phải Nam hoặc Nữ");
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
			// the first template's header: subject, name, position, org, achievements
			String[] header = { "Đối tượng", "Họ tên / Tên tập thể", "Chức vụ", "Đơn vị công tác", "Tóm tắt thành tích" };
			var top = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				top.createCell(c).setCellValue(header[c]);
			}
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
