package vn.tdkt.awards.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.TestFiles;

/**
 * Past awards come into the registry from CSV or Excel, all rows or none; the rejected rows are named with their
 * column; only administrators may import.
 */
@AppTest
class AwardImportTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String HEADER = "award_type,year,movement,kind,subject_type,recipient_name,recipient_org,org_code,"
			+ "authority_org,decision_number,decision_date\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardImport awardImport;

	@Autowired
	vn.tdkt.awards.system.Imports imports;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	long imported(String decisionNumber) {
		return jdbc.sql("select count(*) from award where decision_number = ? and source = 'IMPORT'")
			.param(decisionNumber)
			.query(Long.class)
			.single();
	}

	java.net.http.HttpResponse<String> upload(String user, String name, byte[] content) {
		return http.postMultipart("/api/awards/import", user, user.equals("admin") ? Http.ADMIN_PASSWORD : "demo", Map.of(), "file",
				name, content);
	}

	@Test
	void aGoodCsv_isImportedWhole() throws Exception {
		String csv = "\uFEFF" + HEADER
				+ "BK_TINH,2018,,CONG_TRANG,CA_NHAN,Trần Văn Bình,Trường THCS Giao Phong,GIAO_PHONG,NAM_DINH,101/QĐ-UBND,20/12/2018\n"
				+ "BK_TINH,2018,,,TAP_THE,Trường THCS Giao Phong,,GIAO_PHONG,NAM_DINH,101/QĐ-UBND,2018-12-20\n"
				+ "GIAY_KHEN,2018,,,HO_GIA_DINH,Hộ ông Vũ Văn Tám,,GIAO_PHONG,GIAO_THUY,101/QĐ-UBND,1/6/2018\n";
		var response = upload("admin", "lich-su.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("imported").asInt()).isEqualTo(3);
		assertThat(imported("101/QĐ-UBND")).isEqualTo(3);
		JsonNode registry = JSON.readTree(http.get("/api/awards?year=2018&org=GIAO_PHONG", "giaophong.canbo", "demo").body());
		assertThat(registry.findValuesAsText("recipientName")).contains("Trần Văn Bình", "Hộ ông Vũ Văn Tám");
		assertThat(registry.findValuesAsText("source")).containsOnly("IMPORT");
		assertThat(registry.findValuesAsText("kind")).containsOnly("CONG_TRANG");
	}

	@Test
	void oneBadRow_importsNothing_andEveryBadRowIsNamed() throws Exception {
		String csv = HEADER
				+ "BK_TINH,2017,,,CA_NHAN,Đúng,,GIAO_PHONG,NAM_DINH,202/QĐ-UBND,2017-12-20\n"
				+ "KHONG_CO,2017,,,CA_NHAN,Sai loại,,GIAO_PHONG,NAM_DINH,202/QĐ-UBND,2017-12-20\n"
				+ "BK_TINH,hai nghìn,KHONG_CO,,CA_NHAN,,,GIAO_PHONG,NAM_DINH,202/QĐ-UBND,32/13/2017\n"
				+ "CSTD_TINH,2017,,,TAP_THE,Tập thể không được CSTĐ,,GIAO_PHONG,NAM_DINH,202/QĐ-UBND,2017-12-20\n";
		var response = upload("admin", "sai.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("detail").asText()).startsWith("3 dòng không hợp lệ; chưa nhập dòng nào");
		List<String> errors = new ArrayList<>();
		problem.get("errors").forEach(e -> errors.add(e.get("row").asInt() + ":" + e.get("field").asText()));
		assertThat(errors).containsExactly("3:award_type", "4:year", "4:movement", "4:recipient_name",
				"4:decision_date", "5:subject_type");
		assertThat(problem.get("errors").get(0).get("message").asText())
			.isEqualTo("Dòng 3, cột award_type: không có hình thức khen thưởng 'KHONG_CO'");
		assertThat(imported("202/QĐ-UBND")).isZero();
	}

	@Test
	void anExcelFile_isImported_andTheTemplateIsOne() throws Exception {
		var template = http.getBytes("/api/awards/import/template?format=xlsx", "admin", Http.ADMIN_PASSWORD);
		assertThat(template.statusCode()).isEqualTo(200);
		byte[] filled;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.getSheetAt(0);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			assertThat(header).containsExactlyElementsOf(AwardImport.COLUMNS);
			Row example = sheet.getRow(1);
			example.getCell(AwardImport.COLUMNS.indexOf("year")).setCellValue(2016);
			example.getCell(AwardImport.COLUMNS.indexOf("movement")).setCellValue("");
			example.getCell(AwardImport.COLUMNS.indexOf("decision_number")).setCellValue("303/QĐ-UBND");
			Row second = sheet.createRow(2);
			DataFormatter format = new DataFormatter();
			for (int i = 0; i < AwardImport.COLUMNS.size(); i++) {
				second.createCell(i).setCellValue(format.formatCellValue(example.getCell(i)));
			}
			second.getCell(AwardImport.COLUMNS.indexOf("recipient_name")).setCellValue("Lê Thị Mai");
			// a date typed as an Excel date, shown dd/mm/yyyy
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
			var cell = second.getCell(AwardImport.COLUMNS.indexOf("decision_date"));
			cell.setCellValue(java.time.LocalDate.of(2016, 11, 15));
			cell.setCellStyle(date);
			book.write(out);
			filled = out.toByteArray();
		}
		var response = upload("admin", "lich-su.xlsx", filled);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(imported("303/QĐ-UBND")).isEqualTo(2);

		var csvTemplate = http.getBytes("/api/awards/import/template?format=csv", "admin", Http.ADMIN_PASSWORD);
		assertThat(new String(csvTemplate.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF" + HEADER.trim());
	}

	/**
	 * Excel files as offices save them: a date in Excel's built-in short-date format (shown 12/20/22), a year and a
	 * 12-digit number typed as numbers in General format. Read as typed, not as Excel happens to display them.
	 */
	@Test
	void excelAsOfficesSaveIt_datesAndLongNumbersReadAsTyped() throws Exception {
		byte[] file;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Khen thưởng");
			Row header = sheet.createRow(0);
			for (int i = 0; i < AwardImport.COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(AwardImport.COLUMNS.get(i));
			}
			Row row = sheet.createRow(1);
			String[] text = { "BK_TINH", null, "", "CONG_TRANG", "CA_NHAN", "Phạm Thị Lan", "", "GIAO_PHONG", "NAM_DINH",
					null, null };
			for (int i = 0; i < text.length; i++) {
				if (text[i] != null) {
					row.createCell(i).setCellValue(text[i]);
				}
			}
			row.createCell(AwardImport.COLUMNS.indexOf("year")).setCellValue(2022);
			row.createCell(AwardImport.COLUMNS.indexOf("decision_number")).setCellValue(123456789012d);
			CellStyle shortDate = book.createCellStyle();
			shortDate.setDataFormat((short) 14);
			var date = row.createCell(AwardImport.COLUMNS.indexOf("decision_date"));
			date.setCellValue(java.time.LocalDate.of(2022, 12, 20));
			date.setCellStyle(shortDate);
			assertThat(new DataFormatter().formatCellValue(date)).as("what Excel shows").isEqualTo("12/20/22");
			assertThat(new DataFormatter().formatCellValue(row.getCell(AwardImport.COLUMNS.indexOf("decision_number"))))
				.isEqualTo("1.23457E+11");
			book.write(out);
			file = out.toByteArray();
		}
		var response = upload("admin", "khen-thuong.xlsx", file);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(jdbc.sql("select decision_date from award where decision_number = '123456789012'")
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(java.time.LocalDate.of(2022, 12, 20));
	}

	/** The caps of one import: rows counted as the file streams in, nothing written past them. */
	@Test
	void moreRowsOrBytesThanOneImportTakes_refuseTheFile_andWriteNothing() throws Exception {
		int cap = imports.maxRows();
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i <= cap; i++) {
			csv.append("GIAY_KHEN,2012,,,CA_NHAN,Người ").append(i).append(",,GIAO_PHONG,GIAO_THUY,505/QĐ-UBND,2012-12-20\n");
		}
		assertThatThrownBy(() -> awardImport.importFile(csv.toString().getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(vn.tdkt.awards.system.InvalidInputException.class)
			.hasMessage("Tệp có hơn 20.000 dòng dữ liệu (giới hạn của một lần nhập): hãy chia thành nhiều tệp");
		assertThat(imported("505/QĐ-UBND")).isZero();

		byte[] xlsx;
		try (var book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = book.createSheet();
			Row header = sheet.createRow(0);
			for (int i = 0; i < AwardImport.COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(AwardImport.COLUMNS.get(i));
			}
			for (int r = 1; r <= cap + 1; r++) {
				Row row = sheet.createRow(r);
				String[] cells = { "GIAY_KHEN", "2012", "", "", "CA_NHAN", "Người " + r, "", "GIAO_PHONG", "GIAO_THUY",
						"506/QĐ-UBND", "2012-12-20" };
				for (int i = 0; i < cells.length; i++) {
					row.createCell(i).setCellValue(cells[i]);
				}
			}
			book.write(out);
			xlsx = out.toByteArray();
		}
		assertThatThrownBy(() -> awardImport.importFile(xlsx)).isInstanceOf(vn.tdkt.awards.system.InvalidInputException.class)
			.hasMessageContaining("hơn 20.000 dòng");
		assertThat(imported("506/QĐ-UBND")).isZero();

		byte[] big = new byte[(int) imports.maxMegabytes() * 1024 * 1024 + 1];
		assertThatThrownBy(() -> awardImport.importFile(big)).isInstanceOf(vn.tdkt.awards.system.FileTooLargeException.class)
			.hasMessage("Tệp lớn hơn giới hạn nhập 10 MB: hãy chia thành nhiều tệp");
	}

	@Test
	void aMacroEnabledWorkbook_isRefused_sayingWhatToDo() throws Exception {
		var response = upload("admin", "khen.xlsx", TestFiles.withMacros(TestFiles.xlsx("award_type")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("có macro (VBA)");
	}

	@Test
	void notACsvOrExcel_aMissingColumn_andNonAdministrators_areRefused() throws Exception {
		var pdf = upload("admin", "a.pdf", TestFiles.pdf("Không phải bảng"));
		assertThat(pdf.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(pdf.body()).get("field").asText()).isEqualTo("file");

		var missing = upload("admin", "thieu.csv", "award_type,year\nBK_TINH,2015\n".getBytes(StandardCharsets.UTF_8));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(missing.body()).get("errors").findValuesAsText("field")).contains("subject_type",
				"decision_number");

		var empty = upload("admin", "rong.csv", HEADER.getBytes(StandardCharsets.UTF_8));
		assertThat(empty.statusCode()).isEqualTo(400);

		String good = HEADER + "BK_TINH,2015,,,CA_NHAN,Ai đó,,GIAO_PHONG,NAM_DINH,404/QĐ-UBND,2015-12-20\n";
		var nominator = upload("giaophong.canbo", "a.csv", good.getBytes(StandardCharsets.UTF_8));
		assertThat(nominator.statusCode()).isEqualTo(403);
		assertThat(http.postJson("/api/awards/demo", "namdinh.chutich", "demo", "").statusCode()).isEqualTo(403);
		assertThat(imported("404/QĐ-UBND")).isZero();
	}

}
