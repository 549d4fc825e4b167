package vn.tdkt.awards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.collective;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The movement report over a known data set in a movement of its own: collectives only, individuals only, both,
 * households, a year without awards; the same figures back from CSV and XLSX; what is not awarded is not counted.
 */
@AppTest
class MovementReportTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final AtomicInteger MOVEMENTS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	/** A fresh movement (through the admin API), so that other tests' awards do not count. */
	String newMovement() {
		String code = "BAO_CAO_" + MOVEMENTS.incrementAndGet();
		var created = http.postJson("/api/movements", "admin", Http.ADMIN_PASSWORD, """
				{"code":"%s","name":"Phong trào thử báo cáo %s","launchedBy":"NAM_DINH","periodFrom":2020,"periodTo":2024}"""
			.formatted(code, code));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return code;
	}

	/** Imports {@code count} awards per line: year, award type, subject type, count, submitting org, authority. */
	void importAwards(String movement, String... lines) {
		StringBuilder csv = new StringBuilder(
				"award_type,year,movement,subject_type,recipient_name,org_code,authority_org,decision_number,decision_date\n");
		int n = 0;
		for (String line : lines) {
			String[] f = line.split(",");
			for (int i = 0; i < Integer.parseInt(f[3]); i++) {
				csv.append("%s,%s,%s,%s,Người %d,%s,%s,%s/QĐ,%s-12-01\n".formatted(f[1], f[0], movement, f[2], ++n, f[4],
						f[5], f[0], f[0]));
			}
		}
		var imported = http.postMultipart("/api/awards/import", "admin", Http.ADMIN_PASSWORD, Map.of(), "file", "awards.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
	}

	JsonNode report(String movement, String query) throws Exception {
		var response = http.get("/api/reports/movements/" + movement + query, "giaophong.canbo", "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	@Test
	void countsAndSentences_collectivesOnly_individualsOnly_both_andEmptyYearsLeftOut() throws Exception {
		String movement = newMovement();
		importAwards(movement, "2020,BK_TINH,TAP_THE,3,GIAO_THUY,NAM_DINH", "2021,BK_TTG,CA_NHAN,12,NAM_DINH,TTG",
				"2022,BK_TTG,TAP_THE,1,NAM_DINH,TTG", "2022,BK_TTG,CA_NHAN,9,NAM_DINH,TTG",
				"2022,BK_TINH,CA_NHAN,28,GIAO_THUY,NAM_DINH", "2022,GIAY_KHEN,TAP_THE,2,GIAO_PHONG,GIAO_THUY",
				"2022,GIAY_KHEN,CA_NHAN,110,GIAO_PHONG,GIAO_THUY", "2024,BK_TINH,HO_GIA_DINH,1,GIAO_PHONG,NAM_DINH",
				"2024,CSTD_TINH,CA_NHAN,2,SO_TU_PHAP,NAM_DINH");

		JsonNode report = report(movement, "?fromYear=2020&toYear=2024");
		assertThat(report.get("movement").asText()).isEqualTo(movement);
		assertThat(report.get("fromYear").asInt()).isEqualTo(2020);
		assertThat(report.get("toYear").asInt()).isEqualTo(2024);
		assertThat(report.get("demoAwards").asLong()).isZero();
		assertThat(texts(report.get("summary"))).containsExactly(
				"Năm 2020, có 03 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.",
				"Năm 2021, có 12 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.",
				"Năm 2022, có 01 tập thể, 09 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ; 28 cá nhân được tặng"
						+ " Bằng khen của Chủ tịch UBND tỉnh; 02 tập thể, 110 cá nhân được tặng Giấy khen của Chủ tịch UBND"
						+ " cấp huyện.",
				"Năm 2024, có 02 cá nhân được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh; 01 hộ gia đình được tặng Bằng"
						+ " khen của Chủ tịch UBND tỉnh.");
		assertThat(rows(report)).containsExactly("2020 BK_TINH Chủ tịch UBND tỉnh 3 0",
				"2021 BK_TTG Thủ tướng Chính phủ 0 12", "2022 BK_TTG Thủ tướng Chính phủ 1 9",
				"2022 BK_TINH Chủ tịch UBND tỉnh 0 28", "2022 GIAY_KHEN Chủ tịch UBND cấp huyện 2 110",
				"2024 CSTD_TINH Chủ tịch UBND tỉnh 0 2", "2024 BK_TINH Chủ tịch UBND tỉnh 0 0");

		// a narrower range: only its years
		assertThat(texts(report(movement, "?fromYear=2021&toYear=2021").get("summary")))
			.containsExactly("Năm 2021, có 12 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.");
		// the movement's period by default
		assertThat(report(movement, "").get("rows")).hasSize(7);
		// a year without awards: no sentence, no row
		JsonNode empty = report(movement, "?fromYear=2023&toYear=2023");
		assertThat(empty.get("rows")).isEmpty();
		assertThat(empty.get("summary")).isEmpty();

		// an English reader: the same figures told in English, the rows' authority still the data's key
		JsonNode english = JSON.readTree(http.send(http.request("/api/reports/movements/" + movement
				+ "?fromYear=2020&toYear=2024", "giaophong.canbo", "demo").header("Accept-Language", "en").GET().build())
			.body());
		assertThat(texts(english.get("summary"))).containsExactly(
				"In 2020, 3 collectives received the Diploma of Merit of the Provincial Chair.",
				"In 2021, 12 individuals received the Prime Minister's Diploma of Merit.",
				"In 2022, 1 collective, 9 individuals received the Prime Minister's Diploma of Merit; 28 individuals"
						+ " received the Diploma of Merit of the Provincial Chair; 2 collectives, 110 individuals received"
						+ " the Certificate of Merit of the Chairperson of the District People's Committee.",
				"In 2024, 2 individuals received the title Provincial Emulation Fighter; 1 household received the"
						+ " Diploma of Merit of the Provincial Chair.");
		assertThat(rows(english)).isEqualTo(rows(report));
		assertThat(english.get("rows").get(0).get("awardName").asText()).isEqualTo("Diploma of Merit of the Provincial Chair");
		// a year without awards, in English: the year report says so
		JsonNode none = JSON.readTree(http.send(http.request("/api/reports/years/1990", "giaophong.canbo", "demo")
			.header("Accept-Language", "en").GET().build()).body());
		assertThat(none.get("summary").asText()).isEqualTo("In 1990, there was no award yet.");
		assertThat(JSON.readTree(http.get("/api/reports/years/1990", "giaophong.canbo", "demo").body()).get("summary")
			.asText()).isEqualTo("Năm 1990, chưa có khen thưởng nào.");
	}

	@Test
	void csvAndXlsx_holdTheSameFiguresAndSentences() throws Exception {
		String movement = newMovement();
		importAwards(movement, "2022,BK_TTG,TAP_THE,1,NAM_DINH,TTG", "2022,BK_TTG,CA_NHAN,9,NAM_DINH,TTG",
				"2022,BK_TINH,CA_NHAN,28,GIAO_THUY,NAM_DINH", "2023,GIAY_KHEN,TAP_THE,4,GIAO_PHONG,GIAO_THUY");
		JsonNode json = report(movement, "?fromYear=2022&toYear=2023");
		List<List<String>> expected = new ArrayList<>();
		for (JsonNode row : json.get("rows")) {
			expected.add(List.of(row.get("year").asText(), row.get("awardType").asText(), row.get("award").asText(),
					row.get("authority").asText(), row.get("collectives").asText(), row.get("individuals").asText(),
					row.get("households").asText()));
		}
		List<String> sentences = texts(json.get("summary"));
		assertThat(expected).hasSize(3);
		assertThat(sentences).hasSize(2);

		// CSV by the Accept header: BOM, header, rows, an empty line, the sentences
		HttpResponse<byte[]> csv = http.sendBytes(http.request("/api/reports/movements/" + movement
				+ "?fromYear=2022&toYear=2023", "giaophong.canbo", "demo").header("Accept", "text/csv").GET().build());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("bao-cao-" + movement.toLowerCase().replace('_', '-') + "-2022-2023.csv");
		byte[] bytes = csv.body();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new InputStreamReader(
				new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)).getRecords();
		assertThat(records.get(0).toList()).containsExactly("Năm", "Mã hình thức", "Hình thức khen thưởng",
				"Cơ quan quyết định", "Tập thể", "Cá nhân", "Hộ gia đình");
		assertThat(records.subList(1, 4)).extracting(CSVRecord::toList).containsExactlyElementsOf(expected);
		assertThat(records.subList(4, records.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(sentences);

		// XLSX by the format parameter: the same rows on "Số liệu", the sentences on "Tóm tắt"
		HttpResponse<byte[]> xlsx = http.getBytes("/api/reports/movements/" + movement
				+ "?fromYear=2022&toYear=2023&format=xlsx", "giaophong.canbo", "demo");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(ReportExports.XLSX);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet data = book.getSheet("Số liệu");
			assertThat(cells(data.getRow(0))).first().asString().contains("Phong trào thử báo cáo " + movement);
			List<List<String>> rows = new ArrayList<>();
			for (int r = 2; r <= data.getLastRowNum(); r++) {
				rows.add(cells(data.getRow(r)));
			}
			assertThat(rows).containsExactlyElementsOf(expected);
			Sheet summary = book.getSheet("Tóm tắt");
			List<String> lines = new ArrayList<>();
			summary.forEach(row -> lines.add(row.getCell(0).getStringCellValue()));
			assertThat(lines).containsExactlyElementsOf(sentences);
		}
		// the same XLSX by the Accept header
		HttpResponse<byte[]> accepted = http.sendBytes(http.request("/api/reports/movements/" + movement,
				"giaophong.canbo", "demo").header("Accept", ReportExports.XLSX).GET().build());
		assertThat(accepted.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(ReportExports.XLSX);
	}

	@Test
	void onlyAwardedNomineesCount() throws Exception {
		String movement = newMovement();
		// two nominees, the district approves one: one award
		String partly = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", movement,
				CommendationKind.PHONG_TRAO, 2023, person("Được khen"), person("Không được khen"));
		driver.approve(partly, "giaothuy.chuyenvien", driver.nomineeIds(partly).get(0));
		driver.vote(partly, "giaothuy.thuky", 9, 9, 7);
		driver.sign(partly, "giaothuy.chutich");
		// a dossier rejected by the district: nothing
		String rejected = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", movement,
				CommendationKind.PHONG_TRAO, 2023, collective("Tổ dân phố số 1"));
		driver.complete(rejected, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "REJECT", "comment",
				"Chưa đủ tiêu chuẩn");
		// a dossier still in review: nothing yet
		driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", movement, CommendationKind.PHONG_TRAO, 2023,
				collective("Tổ dân phố số 2"));

		JsonNode report = report(movement, "?fromYear=2023&toYear=2023");
		assertThat(rows(report)).containsExactly("2023 GIAY_KHEN Chủ tịch UBND cấp huyện 0 1");
		assertThat(texts(report.get("summary")))
			.containsExactly("Năm 2023, có 01 cá nhân được tặng Giấy khen của Chủ tịch UBND cấp huyện.");
	}

	@Test
	void badRequests_getProblems() throws Exception {
		var reversed = http.get("/api/reports/movements/NTM_2021_2025?fromYear=2024&toYear=2022", "giaophong.canbo",
				"demo");
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(reversed.body()).get("field").asText()).isEqualTo("fromYear");
		var notANumber = http.get("/api/reports/movements/NTM_2021_2025?fromYear=hai", "giaophong.canbo", "demo");
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(notANumber.body()).get("field").asText()).isEqualTo("fromYear");
		var format = http.get("/api/reports/movements/NTM_2021_2025?format=pdf", "giaophong.canbo", "demo");
		assertThat(format.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(format.body()).get("field").asText()).isEqualTo("format");
		var unknown = http.get("/api/reports/movements/KHONG_CO", "giaophong.canbo", "demo");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(unknown.body()).get("detail").asText()).isEqualTo("Không có phong trào KHONG_CO");
		assertThat(http.get("/api/reports/movements/NTM_2021_2025", null, null).statusCode()).isEqualTo(401);
		var province = http.get("/api/reports/years/2022?province=KHONG_CO", "giaophong.canbo", "demo");
		assertThat(province.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(province.body()).get("field").asText()).isEqualTo("province");
	}

	@Test
	void aProvincesYear_byOrg_acrossMovements() throws Exception {
		String one = newMovement();
		String other = newMovement();
		importAwards(one, "2019,BK_TINH,CA_NHAN,2,GIAO_PHONG,NAM_DINH", "2019,GIAY_KHEN,TAP_THE,3,GIAO_PHONG,GIAO_THUY");
		importAwards(other, "2019,BK_TINH,CA_NHAN,1,GIAO_PHONG,NAM_DINH", "2019,BK_TINH,TAP_THE,1,SO_TU_PHAP,NAM_DINH");
		JsonNode year = JSON.readTree(http.get("/api/reports/years/2019?province=NAM_DINH", "giaophong.canbo", "demo").body());
		List<String> rows = new ArrayList<>();
		year.get("rows").forEach(r -> rows.add("%s %s %d %d".formatted(r.get("org").asText(), r.get("awardType").asText(),
				r.get("collectives").asInt(), r.get("individuals").asInt())));
		assertThat(rows).containsExactly("SO_TU_PHAP BK_TINH 1 0", "GIAO_PHONG BK_TINH 0 3",
				"GIAO_PHONG GIAY_KHEN 3 0");
		assertThat(year.get("summary").asText()).isEqualTo("Năm 2019, có 01 tập thể, 03 cá nhân được tặng Bằng khen của"
				+ " Chủ tịch UBND tỉnh; 03 tập thể được tặng Giấy khen của Chủ tịch UBND cấp huyện.");
		// a district's subtree: its communes' awards, not the department's
		JsonNode district = JSON.readTree(http.get("/api/reports/years/2019?province=GIAO_THUY", "giaophong.canbo", "demo").body());
		assertThat(district.get("rows").findValuesAsText("org")).containsOnly("GIAO_PHONG");
		JsonNode none = JSON.readTree(http.get("/api/reports/years/1999?province=NAM_DINH", "giaophong.canbo", "demo").body());
		assertThat(none.get("rows")).isEmpty();
		assertThat(none.get("summary").asText()).isEqualTo("Năm 1999, chưa có khen thưởng nào.");
		// the same as CSV
		HttpResponse<byte[]> csv = http.getBytes("/api/reports/years/2019?province=NAM_DINH&format=csv",
				"giaophong.canbo", "demo");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("GIAO_PHONG,Ủy ban nhân dân xã Giao Phong,GIAY_KHEN,Giấy khen của Chủ tịch UBND cấp huyện,"
				+ "Chủ tịch UBND cấp huyện,3,0,0");
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asText()));
		return texts;
	}

	static List<String> rows(JsonNode report) {
		List<String> rows = new ArrayList<>();
		report.get("rows").forEach(r -> rows.add("%s %s %s %d %d".formatted(r.get("year").asText(),
				r.get("awardType").asText(), r.get("authority").asText(), r.get("collectives").asInt(),
				r.get("individuals").asInt())));
		return rows;
	}

	static List<String> cells(Row row) {
		DataFormatter format = new DataFormatter();
		List<String> cells = new ArrayList<>();
		row.forEach(c -> cells.add(format.formatCellValue(c)));
		return cells;
	}

}
