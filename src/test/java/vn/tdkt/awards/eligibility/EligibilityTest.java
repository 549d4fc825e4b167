package vn.tdkt.awards.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TasklistPage;

/**
 * Eligibility from imported history: the decision tables at their boundaries, through a real dossier, the API and
 * the appraise task; the history import's good, bad and Excel files.
 */
@AppTest
class EligibilityTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String HEADER = String.join(",", HistoryFile.COLUMNS) + "\n";

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	EligibilityService eligibility;

	@Autowired
	DecisionService decisions;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	/** History rows: record, id number, name, year, value / award type, kind, from and to dates. */
	static String rating(String id, String name, int year, String rating) {
		return "RATING,CA_NHAN,%s,%s,,GIAO_THUY,%d,%s,,,,,,,,,\n".formatted(id, name, year, rating);
	}

	static String award(String id, String name, int year, String type, String kind) {
		return "AWARD,CA_NHAN,%s,%s,,GIAO_THUY,%d,,%s,%s,%s,%s,%d/QĐ,%d-12-20,,,\n".formatted(id, name, year, type, kind,
				"PHONG_TRAO".equals(kind) ? "NTM_2021_2025" : "", "BK_TTG".equals(type) ? "TTG" : "NAM_DINH", year, year);
	}

	/** Five years 2021–2025 HTTNV or better and three CSTĐ cơ sở, after a merit-based BK_TINH of 2020. */
	static String eligibleForBkTtg(String id, String name) {
		StringBuilder rows = new StringBuilder(award(id, name, 2020, "BK_TINH", "CONG_TRANG"));
		for (int y = 2021; y <= 2025; y++) {
			rows.append(rating(id, name, y, y == 2023 ? "HTXSNV" : "HTTNV"));
		}
		for (int y : new int[] { 2021, 2023, 2025 }) {
			rows.append(award(id, name, y, "CSTD_CS", "CONG_TRANG"));
		}
		return rows.toString();
	}

	void importHistory(String rows) {
		var response = http.postMultipart("/api/history/import", "admin", Http.ADMIN_PASSWORD, Map.of(), "file", "history.csv",
				(HEADER + rows).getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	static NewNominee nominee(String id, String name) {
		return new NewNominee(SubjectType.CA_NHAN, name, "Chuyên viên", "UBND huyện Giao Thủy", "Hoàn thành xuất sắc",
				id, LocalDate.of(1980, 5, 12));
	}

	@Test
	void bkTtg_fiveYearsAfterAMeritBkTinh_withThreeCstd_andEveryWayToFallShort() throws Exception {
		String history = eligibleForBkTtg("036080000001", "Nguyễn Văn Đủ")
				// four years only: 2021 not rated
				+ eligibleForBkTtg("036080000002", "Lê Văn Thiếu").replace(rating("036080000002", "Lê Văn Thiếu", 2021,
						"HTTNV"), "")
				// the BK_TINH came from a movement: it does not count
				+ eligibleForBkTtg("036080000003", "Trần Văn Phong").replace("BK_TINH,CONG_TRANG", "BK_TINH,PHONG_TRAO")
					.replace(",,NAM_DINH,2020/QĐ", ",NTM_2021_2025,NAM_DINH,2020/QĐ")
				// the BK_TINH was for 2022: the window starts in 2023
				+ eligibleForBkTtg("036080000004", "Phạm Thị Cửa").replace(award("036080000004", "Phạm Thị Cửa", 2020,
						"BK_TINH", "CONG_TRANG"), award("036080000004", "Phạm Thị Cửa", 2022, "BK_TINH", "CONG_TRANG"))
				// an open complaint blocks
				+ eligibleForBkTtg("036080000005", "Vũ Văn Khiếu")
				+ "COMPLAINT,CA_NHAN,036080000005,Vũ Văn Khiếu,,GIAO_THUY,,,,,,,,,01/01/2026,,Đơn tố cáo đang xác minh\n"
				// two CSTĐ cơ sở only
				+ eligibleForBkTtg("036080000006", "Đỗ Thị Hai").replace(award("036080000006", "Đỗ Thị Hai", 2025,
						"CSTD_CS", "CONG_TRANG"), "");
		importHistory(history);

		String id = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "BK_TTG", null, CommendationKind.CONG_TRANG, 2025,
				nominee("036080000001", "Nguyễn Văn Đủ"), nominee("036080000002", "Lê Văn Thiếu"),
				nominee("036080000003", "Trần Văn Phong"), nominee("036080000004", "Phạm Thị Cửa"),
				nominee("036080000005", "Vũ Văn Khiếu"), nominee("036080000006", "Đỗ Thị Hai"));
		// the appraise task was prepared with the results
		var appraise = driver.task(id, TASK_APPRAISE);
		String summary = (String) tasks.getVariableLocal(appraise.getId(), "eligibilitySummary");
		assertThat(summary).contains("**Nguyễn Văn Đủ**: ✔ Đủ điều kiện — Điều 73 khoản 1 điểm b",
				"**Lê Văn Thiếu**: ✘ Chưa đủ điều kiện", "**Vũ Văn Khiếu**: ✘ Không xét");
		assertThat(tasks.getVariableLocal(appraise.getId(), "nomineeTable").toString()).contains("✔ Đủ điều kiện");

		Map<String, JsonNode> results = new HashMap<>();
		var response = http.get("/api/dossiers/" + id + "/eligibility", "giaothuy.chuyenvien", "demo");
		assertThat(response.statusCode()).isEqualTo(200);
		for (JsonNode r : JSON.readTree(response.body())) {
			assertThat(r.has("nomineeId")).isTrue();
			results.put(r.get("name").asText(), r);
		}
		assertThat(results.get("Nguyễn Văn Đủ").get("eligible").asBoolean()).isTrue();
		assertThat(reasons(results.get("Nguyễn Văn Đủ"))).containsExactly("Điều 73 khoản 1 điểm b Luật TĐKT 2022: đã có"
				+ " Bằng khen của Chủ tịch UBND tỉnh năm 2020; 5 năm liên tục hoàn thành tốt nhiệm vụ trở lên, trong đó 3"
				+ " lần Chiến sĩ thi đua cơ sở");
		assertThat(results.get("Nguyễn Văn Đủ").get("ruleSet").asText()).isEqualTo("LUAT2022_ND152");

		assertThat(results.get("Lê Văn Thiếu").get("eligible").asBoolean()).isFalse();
		assertThat(reasons(results.get("Lê Văn Thiếu"))).singleElement().asString()
			.contains("Chưa đủ 05 năm liên tục", "còn thiếu năm: 2021");

		assertThat(results.get("Trần Văn Phong").get("eligible").asBoolean()).isFalse();
		assertThat(reasons(results.get("Trần Văn Phong"))).singleElement().asString()
			.contains("Chưa có Bằng khen của Chủ tịch UBND tỉnh", "theo phong trào, đột xuất không được tính");

		assertThat(results.get("Phạm Thị Cửa").get("eligible").asBoolean()).isFalse();
		// only 2023-2025 count: three years, and two CSTĐ cơ sở among them
		assertThat(reasons(results.get("Phạm Thị Cửa"))).satisfiesExactly(
				r -> assertThat(r).contains("Chưa đủ 05 năm liên tục", "còn thiếu năm: 2021, 2022"),
				r -> assertThat(r).isEqualTo("Trong thời gian xét mới có 2 lần Chiến sĩ thi đua cơ sở, cần 03"));

		assertThat(results.get("Vũ Văn Khiếu").get("verdict").asText()).isEqualTo("BLOCKED");
		assertThat(reasons(results.get("Vũ Văn Khiếu"))).singleElement().asString()
			.contains("khiếu nại, tố cáo", "01/01/2026");

		assertThat(results.get("Đỗ Thị Hai").get("eligible").asBoolean()).isFalse();
		assertThat(reasons(results.get("Đỗ Thị Hai"))).containsExactly(
				"Trong thời gian xét mới có 2 lần Chiến sĩ thi đua cơ sở, cần 03");

		// a wrong ID number is refused at submission, naming the field
		var refused = http.postJson("/api/dossiers", "giaothuy.chuyenvien", "demo", """
				{"submittingOrg":"GIAO_THUY","awardType":"BK_TTG","kind":"CONG_TRANG","year":2025,"title":"Đề nghị",
				 "nominees":[{"subjectType":"CA_NHAN","name":"Sai số","idNumber":"12345"}]}""");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(refused.body()).get("field").asText()).endsWith("idNumber");

		// another org's nominator may not see the dossier, nor its results
		assertThat(http.get("/api/dossiers/" + id + "/eligibility", "sotuphap.canbo", "demo").statusCode()).isEqualTo(404);
	}

	@Test
	void anAppraiserSeesTheCriteriaInTasklist_fromHistoryImportedFromExcel() throws Exception {
		// the administrator imports the history as an Excel file, on the import page
		List<List<String>> rows = new ArrayList<>();
		for (String line : eligibleForBkTtg("036080000021", "Hoàng Thị Excel").split("\n")) {
			rows.add(List.of(line.split(",", -1)));
		}
		java.nio.file.Path xlsx = java.nio.file.Files.createTempDirectory("history").resolve("lich-su.xlsx");
		java.nio.file.Files.write(xlsx, vn.tdkt.awards.system.TableFile.xlsxTemplate("Lịch sử", HistoryFile.COLUMNS, rows));
		try (Browser browser = Browser.open(port)) {
			try {
				browser.login("admin", Http.ADMIN_PASSWORD);
				browser.go("/admin/history/import");
				browser.visible(By.id("file")).sendKeys(xlsx.toString());
				browser.click(browser.driver().findElement(By.cssSelector("#import-form button[type=submit]")));
				assertThat(browser.visible(By.id("import-done")).getText()).isEqualTo("Đã nhập 9 bản ghi lịch sử.");

				String id = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "BK_TTG", null, CommendationKind.CONG_TRANG,
						2025, nominee("036080000021", "Hoàng Thị Excel"));
				TasklistPage tasklist = new TasklistPage(browser);
				tasklist.login("giaothuy.chuyenvien");
				tasklist.open("Thẩm định hồ sơ", id);
				String form = browser.visible(By.cssSelector(".fjs-container")).getText();
				assertThat(form).contains("Điều kiện theo quy định (tham khảo)", "Hoàng Thị Excel: ✔ Đủ điều kiện",
						"Điều 73 khoản 1 điểm b Luật TĐKT 2022: đã có Bằng khen của Chủ tịch UBND tỉnh năm 2020");
				browser.shot("eligibility-appraise-form");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.shot("eligibility-failure");
				browser.dumpPage("eligibility-failure");
				throw ex;
			}
		}
	}

	@Test
	void theOtherTables_atTheirBoundaries() {
		// CSTĐ cơ sở: HTXSNV, or HTTNV with an initiative
		assertThat(evaluate("CSTD_CS", Map.of("goodThisYear", true, "excellentThisYear", true))).startsWith("ELIGIBLE");
		assertThat(evaluate("CSTD_CS", Map.of("goodThisYear", true, "initiativeThisYear", true))).startsWith("ELIGIBLE");
		assertThat(evaluate("CSTD_CS", Map.of("goodThisYear", true))).startsWith("MISSING")
			.contains("chưa hoàn thành xuất sắc nhiệm vụ và chưa có sáng kiến");
		assertThat(evaluate("CSTD_CS", Map.of("goodThisYear", false, "excellentThisYear", false)))
			.contains("chưa được đánh giá hoàn thành tốt nhiệm vụ");
		// CSTĐ cấp tỉnh: three consecutive CSTĐ cơ sở and a provincial initiative
		assertThat(evaluate("CSTD_TINH", Map.of("cstdCsRun", 3, "initiativeTinhRecent", true))).startsWith("ELIGIBLE");
		assertThat(evaluate("CSTD_TINH", Map.of("cstdCsRun", 2, "initiativeTinhRecent", true)))
			.isEqualTo("MISSING: Mới có 2 lần liên tục Chiến sĩ thi đua cơ sở đến năm 2025, cần 03");
		// CSTĐ toàn quốc: two consecutive CSTĐ cấp tỉnh and a national initiative
		assertThat(evaluate("CSTD_TQ", Map.of("cstdTinhRun", 2, "initiativeToanQuocRecent", true))).startsWith("ELIGIBLE");
		assertThat(evaluate("CSTD_TQ", Map.of("cstdTinhRun", 1, "initiativeToanQuocRecent", true))).startsWith("MISSING");
		// Bằng khen tỉnh: a provincial movement, or two consecutive CSTĐ cơ sở, or two years HTXSNV with two initiatives
		assertThat(evaluate("BK_TINH", Map.of("kind", "PHONG_TRAO", "movementLevel", "TINH")))
			.startsWith("ELIGIBLE: Điều 74 khoản 1 điểm a");
		assertThat(evaluate("BK_TINH", Map.of("kind", "PHONG_TRAO", "movementLevel", "HUYEN"))).startsWith("MISSING");
		assertThat(evaluate("BK_TINH", Map.of("cstdCsRun", 2))).startsWith("ELIGIBLE: Điều 74 khoản 1 điểm d");
		assertThat(evaluate("BK_TINH", Map.of("excellentRun", 2, "initiativesCoSo2y", 2))).startsWith("ELIGIBLE");
		assertThat(evaluate("BK_TINH", Map.of("cstdCsRun", 1, "excellentRun", 2, "initiativesCoSo2y", 1)))
			.startsWith("MISSING").contains("mới có 1)", "2 năm, 1 sáng kiến");
		assertThat(evaluate("BK_TINH", Map.of("cstdCsRun", 1))).contains("điểm c", "[R]");
		assertThat(evaluate("BK_TINH", "TAP_THE", Map.of("ttLdxsRecent", true))).startsWith("ELIGIBLE: Điều 74 khoản 2")
			.contains("Tập thể lao động xuất sắc");
		assertThat(evaluate("BK_TINH", "TAP_THE", Map.of("excellentRun", 1))).startsWith("MISSING");
		assertThat(evaluate("BK_TINH", "HO_GIA_DINH", Map.of())).startsWith("MISSING")
			.contains("đóng góp về công sức, đất đai, tài sản", "[R");
		// Bằng khen Thủ tướng (c): an ad-hoc achievement
		assertThat(evaluate("BK_TTG", Map.of("kind", "DOT_XUAT"))).startsWith("ELIGIBLE: Điều 73 khoản 1 điểm c");
		assertThat(evaluate("BK_TTG", "TAP_THE", Map.of("kind", "DOT_XUAT"))).startsWith("ELIGIBLE: Điều 73 khoản 1 điểm c");
		// Giấy khen: a movement or ad hoc; no rule of years (the invented "two good years" is gone)
		assertThat(evaluate("GIAY_KHEN", Map.of("goodRun", 2))).startsWith("MISSING").contains("không theo số năm", "[R");
		assertThat(evaluate("GIAY_KHEN", Map.of("kind", "PHONG_TRAO", "movementLevel", "XA"))).startsWith("ELIGIBLE");
		assertThat(evaluate("GIAY_KHEN", Map.of("kind", "DOT_XUAT"))).startsWith("ELIGIBLE");
		assertThat(evaluate("GIAY_KHEN", "TAP_THE", Map.of("goodRun", 3))).startsWith("MISSING");
		// Huân chương Lao động hạng Ba (e): BK_TTG, five good years with one HTXSNV and three CSTĐ cơ sở
		Map<String, Object> hcld3 = Map.of("hasPrereq", true, "goodRun", 5, "excellentInWindow", 1, "cstdCsInWindow", 3);
		assertThat(evaluate("HCLD3", hcld3)).startsWith("ELIGIBLE: Điều 44 khoản 1 điểm e");
		Map<String, Object> noExcellent = new HashMap<>(hcld3);
		noExcellent.put("excellentInWindow", 0);
		assertThat(evaluate("HCLD3", noExcellent)).isEqualTo("MISSING: Trong thời gian xét chưa có năm hoàn thành xuất sắc nhiệm vụ");
		// a rule set the tables do not know (a dossier before the 2022 law was in force): no verdict
		assertThat(evaluate("BK_TTG", Map.of("ruleSet", "NONE"))).startsWith("UNKNOWN");
	}

	@Test
	void theRuleSetInForce_followsTheDate() {
		assertThat(eligibility.ruleSet(LocalDate.of(2023, 12, 31))).isEqualTo("NONE");
		assertThat(eligibility.ruleSet(LocalDate.of(2024, 1, 1))).isEqualTo("LUAT2022_ND98");
		assertThat(eligibility.ruleSet(LocalDate.of(2025, 6, 30))).isEqualTo("LUAT2022_ND98");
		assertThat(eligibility.ruleSet(LocalDate.of(2025, 7, 1))).isEqualTo("LUAT2022_ND152");
	}

	@Test
	void theHistoryImport_refusesABadFileWhole_andTakesExcel() throws Exception {
		long before = jdbc.sql("select count(*) from task_rating").query(Long.class).single();
		String bad = HEADER + rating("036080000011", "Đúng", 2024, "HTTNV")
				+ rating("036080000012", "Sai mức", 2024, "GIOI")
				+ "RATING,CA_NHAN,12345,Sai số,,KHONG_CO,năm ngoái,HTTNV,,,,,,,,,\n"
				+ "VIEC_KHAC,CA_NHAN,,Sai loại,,GIAO_THUY,2024,,,,,,,,,,\n";
		var response = http.postMultipart("/api/history/import", "admin", Http.ADMIN_PASSWORD, Map.of(), "file", "sai.csv",
				bad.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		List<String> errors = new ArrayList<>();
		JSON.readTree(response.body()).get("errors").forEach(e -> errors.add(e.get("row").asInt() + ":" + e.get("field").asText()));
		assertThat(errors).containsExactly("3:value", "4:id_number", "4:org_code", "4:year", "5:record");
		assertThat(jdbc.sql("select count(*) from task_rating").query(Long.class).single()).isEqualTo(before);

		// the Excel template, filled in
		byte[] template = http.getBytes("/api/history/import/template?format=xlsx", "admin", Http.ADMIN_PASSWORD).body();
		byte[] filled;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.getSheetAt(0);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			assertThat(header).containsExactlyElementsOf(HistoryFile.COLUMNS);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				row.getCell(HistoryFile.COLUMNS.indexOf("id_number")).setCellValue("036080000099");
				row.getCell(HistoryFile.COLUMNS.indexOf("name")).setCellValue("Mẫu Excel");
			}
			book.write(out);
			filled = out.toByteArray();
		}
		var imported = http.postMultipart("/api/history/import", "admin", Http.ADMIN_PASSWORD, Map.of(), "file", "lich-su.xlsx", filled);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(JSON.readTree(imported.body()).get("imported").asInt()).isEqualTo(4);
		Long person = jdbc.sql("select id from person where id_number = '036080000099'").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from task_rating where person_id = ?").param(person).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from award where person_id = ? and award_type = 'BK_TINH'").param(person)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from person_flag where person_id = ? and to_date is not null").param(person)
			.query(Long.class).single()).isEqualTo(1);

		// only administrators import
		assertThat(http.postMultipart("/api/history/import", "giaothuy.chuyenvien", "demo", Map.of(), "file", "a.csv",
				(HEADER + rating("036080000013", "Ai", 2024, "HTTNV")).getBytes(StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(403);
	}

	/** Evaluates the individual table with neutral inputs overridden by {@code given}: "VERDICT: reason" lines. */
	String evaluate(String awardType, Map<String, Object> given) {
		return evaluate(awardType, "CA_NHAN", given);
	}

	String evaluate(String awardType, String subjectType, Map<String, Object> given) {
		Map<String, Object> inputs = new HashMap<>(Map.ofEntries(Map.entry("ruleSet", "LUAT2022_ND152"),
				Map.entry("blocked", false), Map.entry("blockReason", ""), Map.entry("year", 2025),
				Map.entry("kind", "CONG_TRANG"), Map.entry("movementLevel", ""), Map.entry("goodThisYear", true),
				Map.entry("excellentThisYear", false), Map.entry("initiativeThisYear", false), Map.entry("cstdCsRun", 0),
				Map.entry("cstdTinhRun", 0), Map.entry("initiativeTinhRecent", false),
				Map.entry("initiativeToanQuocRecent", false), Map.entry("hasPrereq", false), Map.entry("prereqName", ""),
				Map.entry("goodRun", 0), Map.entry("missingGoodYears", ""), Map.entry("cstdCsInWindow", 0),
				Map.entry("excellentInWindow", 0), Map.entry("excellentRun", 0), Map.entry("initiativesCoSo2y", 0),
				Map.entry("collectiveTitlesInWindow", 0), Map.entry("windowFrom", 2021), Map.entry("ttLdxsRecent", false)));
		inputs.putAll(given);
		var rows = decisions.evaluateDecisionTableByKey("eligibility_" + awardType + "_" + subjectType, inputs).getResultList();
		var combined = EligibilityService.combine(new vn.tdkt.awards.nomination.Nominee(1, "x", 1, SubjectType.CA_NHAN, "x",
				null, null, null, vn.tdkt.awards.nomination.NomineeStatus.PENDING, null, null, null, null, null), "LUAT2022_ND152", "k", rows);
		return combined.verdict() + ": " + String.join(" | ", combined.reasons());
	}

	static List<String> reasons(JsonNode result) {
		List<String> reasons = new ArrayList<>();
		result.get("reasons").forEach(r -> reasons.add(r.asText()));
		return reasons;
	}

}
