package vn.tdkt.awards.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.system.AppClock;

/**
 * Administrators change the rules without a developer or a restart: a new version of a council threshold or a
 * duration from a date, honoured by the dossiers after it and not by those before; an award type renamed; the tables
 * exported and imported in the CSV files' format (a round trip changes nothing); every bad value refused with nothing
 * written; every change audited. Own JVM: the rules change.
 */
@AppTest
@OwnJvm
class ReferenceValuesTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppClock clock;

	@Autowired
	BusinessCalendar calendar;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static void today(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
	}

	String rows(String table) {
		return http.get("/api/reference/" + table, "admin", Http.ADMIN_PASSWORD).body()
				+ jdbc.sql("select count(*) from reference_change").query(Long.class).single();
	}

	void refused(String table, Map<String, Object> body, String field) throws Exception {
		String before = rows(table);
		var response = http.postJson("/api/reference/" + table, "admin", Http.ADMIN_PASSWORD, JSON.writeValueAsString(body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo(field);
		assertThat(rows(table)).isEqualTo(before);
	}

	static Map<String, Object> cstdCs(String validFrom, Object threshold) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("award_type", "CSTD_CS");
		rule.put("org_level", "DISTRICT");
		rule.put("secret_ballot", true);
		rule.put("threshold_percent", threshold);
		rule.put("threshold_inclusive", true);
		rule.put("threshold_base", "ALL_MEMBERS");
		rule.put("legal_basis", "Quy chế thi đua khen thưởng sửa đổi (thử nghiệm): từ 90% tổng số thành viên");
		rule.put("quorum_numerator", 2);
		rule.put("quorum_denominator", 3);
		rule.put("quorum_basis", "Quy chế thử nghiệm");
		rule.put("certainty", "I");
		rule.put("valid_from", validFrom);
		rule.put("reason", "Tỉnh nâng ngưỡng");
		return rule;
	}

	String cstdCsDossier(String name) {
		return driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "CSTD_CS", null, CommendationKind.CONG_TRANG, 2026,
				person(name));
	}

	@Test
	void aNewThreshold_fromADate_isHonouredAfterIt_andNotBefore() throws Exception {
		LocalDate today = clock.today();
		String before = cstdCsDossier("Trước khi đổi");
		driver.approve(before, "giaothuy.chuyenvien");
		driver.vote(before, "giaothuy.thuky", 10, 10, 8);

		var created = http.postJson("/api/reference/council-rule", "admin", Http.ADMIN_PASSWORD,
				JSON.writeValueAsString(cstdCs(today.plusDays(1).toString(), 90)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		// refused, nothing written: the same date again, a date before it, a value that is no number, a level unknown
		refused("council-rule", cstdCs(today.plusDays(1).toString(), 95), "valid_from");
		refused("council-rule", cstdCs(today.toString(), 95), "valid_from");
		refused("council-rule", cstdCs(today.plusDays(5).toString(), "chín mươi"), "threshold_percent");
		Map<String, Object> noType = cstdCs(today.plusDays(5).toString(), 90);
		noType.put("award_type", "KHONG_CO");
		refused("council-rule", noType, "award_type");
		assertThat(http.postJson("/api/reference/council-rule", "giaothuy.chuyenvien", "demo",
				JSON.writeValueAsString(cstdCs(today.plusDays(9).toString(), 90))).statusCode()).isEqualTo(403);

		// the earlier version ends the day before
		JsonNode versions = JSON.readTree(http.get("/api/reference/council-rule", "admin", Http.ADMIN_PASSWORD).body());
		assertThat(versions.findValues("award_type").stream().filter(n -> n.asText().equals("CSTD_CS")).count())
			.isGreaterThan(2);
		String earlierEnd = jdbc.sql("select cast(max(valid_to) as varchar(10)) from award_council_rule where award_type"
				+ " = 'CSTD_CS' and org_level = 'DISTRICT'").query(String.class).single();
		assertThat(earlierEnd).isEqualTo(today.toString());

		// the dossier of yesterday's rule keeps it; tomorrow's needs 90 %
		today(today.plusDays(1));
		String after = cstdCsDossier("Sau khi đổi");
		driver.approve(after, "giaothuy.chuyenvien");
		driver.vote(after, "giaothuy.thuky", 10, 10, 8);
		assertThat(dossiers.nominees(before).get(0).status()).isEqualTo(NomineeStatus.PENDING);
		assertThat(dossiers.nominees(after).get(0).status()).isEqualTo(NomineeStatus.NOT_AWARDED);
		assertThat(dossiers.nominees(after).get(0).reason()).contains("90%");

		JsonNode audit = JSON.readTree(http.get("/api/audit?entity=COUNCIL_RULE", "admin", Http.ADMIN_PASSWORD).body());
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).get("reason").asText()).isEqualTo("Tỉnh nâng ngưỡng");
		assertThat(audit.get(0).get("entityKey").asText()).startsWith("CSTD_CS/DISTRICT từ");
	}

	@Test
	void aLongerAppraisal_fromADate_givesTheNewTasksTheirDueDate() throws Exception {
		LocalDate from = LocalDate.of(2027, 6, 1);
		Map<String, Object> appraise = new LinkedHashMap<>(Map.of("code", "APPRAISE", "org_level", "DISTRICT",
				"working_days", 15, "legal_basis", "Quy chế thử nghiệm: 15 ngày làm việc", "certainty", "I", "valid_from",
				from.toString()));
		var created = http.postJson("/api/reference/legal-duration", "admin", Http.ADMIN_PASSWORD,
				JSON.writeValueAsString(appraise));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		today(from.minusDays(7));
		String early = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Theo hạn cũ"));
		assertThat(driver.task(early, TASK_APPRAISE).getDueDate()).isEqualTo(calendar.deadline(10));
		today(from);
		String late = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Theo hạn mới"));
		assertThat(driver.task(late, TASK_APPRAISE).getDueDate()).isEqualTo(calendar.deadline(15));
	}

	@Test
	void anAwardTypeRenamed_inPlace_andAudited() throws Exception {
		JsonNode types = JSON.readTree(http.get("/api/reference/award-type", "admin", Http.ADMIN_PASSWORD).body());
		Map<String, Object> ldtt = new LinkedHashMap<>();
		for (JsonNode t : types) {
			if (t.get("code").asText().equals("LDTT")) {
				t.fields().forEachRemaining(e -> ldtt.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
			}
		}
		ldtt.put("name_en", "Advanced Worker (title)");
		ldtt.put("reason", "Tên tiếng Anh thống nhất");
		var changed = http.postJson("/api/reference/award-type", "admin", Http.ADMIN_PASSWORD, JSON.writeValueAsString(ldtt));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(201);
		assertThat(jdbc.sql("select name_en from award_type where code = 'LDTT'").query(String.class).single())
			.isEqualTo("Advanced Worker (title)");
		JsonNode audit = JSON.readTree(http.get("/api/audit?entity=AWARD_TYPE", "admin", Http.ADMIN_PASSWORD).body());
		assertThat(audit.get(0).get("action").asText()).isEqualTo("UPDATE");
		assertThat(audit.get(0).get("oldValue").asText()).contains("Advanced Worker");
		// a value the table refuses (no Vietnamese name): nothing written
		ldtt.put("name_vi", "");
		refused("award-type", ldtt, "name_vi");
	}

	@Test
	void anAdministrator_addsALegalBasis_inTheBrowser() throws Exception {
		try (Browser browser = Browser.open(port)) {
			try {
				browser.login("admin", Http.ADMIN_PASSWORD);
				browser.go("/admin/reference/legal-basis");
				browser.visible(By.xpath("//h1[normalize-space(.)='Căn cứ pháp lý']"));
				String before = rows("legal-basis");
				browser.driver().findElement(By.id("f-code")).sendKeys("QD_THU_NGHIEM");
				browser.driver().findElement(By.id("f-text")).sendKeys("Quyết định thử nghiệm về thi đua, khen thưởng");
				browser.driver().findElement(By.id("f-sort_order")).sendKeys("năm mươi");
				browser.driver().findElement(By.id("f-certainty")).sendKeys("R");
				browser.script("arguments[0].value = '2027-01-01';", browser.driver().findElement(By.id("f-valid_from")));
				browser.click(browser.clickable(By.id("ref-save")));
				assertThat(browser.visible(By.id("ref-error")).getAttribute("data-field")).isEqualTo("sort_order");
				assertThat(browser.driver().findElement(By.id("f-text")).getAttribute("value"))
					.isEqualTo("Quyết định thử nghiệm về thi đua, khen thưởng");
				assertThat(rows("legal-basis")).isEqualTo(before);
				WebElement order = browser.driver().findElement(By.id("f-sort_order"));
				order.clear();
				order.sendKeys("50");
				browser.click(browser.clickable(By.id("ref-save")));
				browser.visible(By.id("ref-saved"));
				assertThat(browser.driver().findElement(By.id("ref-rows")).getText()).contains("QD_THU_NGHIEM",
						"Quyết định thử nghiệm về thi đua, khen thưởng", "2027-01-01");
				browser.shot("reference-legal-basis");
				assertThat(jdbc.sql("select count(*) from legal_basis where code = 'QD_THU_NGHIEM'").query(Long.class)
					.single()).isOne();

				// a day off of next year, a name forgotten first
				browser.go("/admin/calendar?year=2027");
				browser.script("arguments[0].value = '2027-11-24';", browser.driver().findElement(By.id("day-date")));
				browser.driver().findElement(By.id("day-basis")).sendKeys("Quyết định thử nghiệm");
				browser.click(browser.clickable(By.id("day-save")));
				assertThat(browser.visible(By.id("day-error")).getText()).contains("Chưa nhập tên ngày nghỉ");
				browser.script("arguments[0].value = '2027-11-24';", browser.driver().findElement(By.id("day-date")));
				browser.driver().findElement(By.id("day-name")).sendKeys("Ngày Văn hóa Việt Nam (thử)");
				browser.click(browser.clickable(By.id("day-save")));
				browser.visible(By.id("day-added"));
				assertThat(browser.driver().findElement(By.cssSelector("#days tr[data-day='2027-11-24']")).getText())
					.contains("Ngày Văn hóa Việt Nam (thử)", "Quyết định thử nghiệm");
				assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.shot("reference-failure");
				browser.dumpPage("reference-failure");
				throw ex;
			}
		}
	}

	@Test
	void theTablesRoundTripThroughTheirCsv() throws Exception {
		for (ReferenceTable table : ReferenceTable.values()) {
			String exported = new String(http.getBytes("/api/reference/" + table.slug() + "/export", "admin",
					Http.ADMIN_PASSWORD).body(), StandardCharsets.UTF_8);
			assertThat(exported).startsWith(String.join(",", table.columns()));
			var imported = http.postMultipart("/api/reference/" + table.slug() + "/import", "admin", Http.ADMIN_PASSWORD,
					Map.of(), "file", table.table() + ".csv", exported.getBytes(StandardCharsets.UTF_8));
			assertThat(imported.statusCode()).as(table + imported.body()).isEqualTo(200);
			assertThat(JSON.readTree(imported.body()).get("added").asInt()).as(table.name()).isZero();
			assertThat(new String(http.getBytes("/api/reference/" + table.slug() + "/export", "admin", Http.ADMIN_PASSWORD)
				.body(), StandardCharsets.UTF_8)).as(table.name()).isEqualTo(exported);
		}
		// a new row imported is a new version; a bad row refuses the whole file
		String header = String.join(",", ReferenceTable.LEGAL_DURATION.columns());
		String good = header + "\nSIGN,PROVINCE,7,Quy chế làm việc thử nghiệm,I,2027-09-01,\n";
		var added = http.postMultipart("/api/reference/legal-duration/import", "admin", Http.ADMIN_PASSWORD, Map.of(),
				"file", "d.csv", good.getBytes(StandardCharsets.UTF_8));
		assertThat(JSON.readTree(added.body()).get("added").asInt()).isOne();
		String before = rows("legal-duration");
		String bad = header + "\nSIGN,DEPARTMENT,6,Thử,I,2027-10-01,\nSIGN,UNIT,bảy,Thử,I,2027-10-01,\n";
		var refused = http.postMultipart("/api/reference/legal-duration/import", "admin", Http.ADMIN_PASSWORD, Map.of(),
				"file", "d.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("Dòng 3");
		assertThat(rows("legal-duration")).isEqualTo(before);
	}

}
