package vn.tdkt.awards.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.awards.support.ProcessDriver.collective;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.tdkt.awards.document.DocumentRepository;
import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.nomination.InvalidDossierException;
import vn.tdkt.awards.paper.PaperService;
import vn.tdkt.awards.registry.DemoAwards;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The default data set, the map of each date: Nam Định with its districts until 30/6/2025, Ninh Bình with its 129
 * communes from 1/7/2025 (the official register), each former commune linked to the new one that took it in. A
 * dossier follows the structure of its submission date; reports count the seed's years as they were and can roll them
 * up into the successors; a 2026 decision cites the bases in force and carries the new province's header.
 */
@AppTest
@OwnJvm
@TestPropertySource(properties = "awards.reference-data=ninh-binh")
class OrgTreeThroughTimeTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	OrgRepository orgs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentRepository documents;

	@Autowired
	DemoAwards demoAwards;

	@Autowired
	BusinessCalendar calendar;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static void today(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
	}

	List<String> route(String id) {
		return dossiers.route(id).stream().map(h -> h.orgCode() + ":" + h.role()).toList();
	}

	@Test
	void the129CommunesAndWards_areLoadedFromTheRegister_withTheirOfficialCodes() throws Exception {
		Map<String, String> official = new LinkedHashMap<>();
		try (var reader = new InputStreamReader(getClass().getResourceAsStream("/reference/admin-units/ninh-binh-2025.csv"),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				official.put(row.get("code"), row.get("type") + " " + row.get("name"));
			}
		}
		assertThat(official).hasSize(129);
		List<OrgUnit> communes = orgs.validOn(LocalDate.of(2026, 12, 6))
			.stream()
			.filter(o -> o.level() == OrgLevel.COMMUNE)
			.toList();
		assertThat(communes).hasSize(129).allSatisfy(o -> {
			assertThat(o.parentCode()).isEqualTo("NINH_BINH");
			assertThat(o.name()).isEqualTo("Ủy ban nhân dân " + official.get(o.officialCode()));
			assertThat(o.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		});
		assertThat(communes).extracting(OrgUnit::officialCode).containsExactlyInAnyOrderElementsOf(official.keySet());
		OrgUnit giaoNinh = orgs.find("XA_GIAO_NINH").orElseThrow();
		assertThat(giaoNinh.officialCode()).isEqualTo("14212");
		assertThat(giaoNinh.issuer()).isEqualTo("ỦY BAN NHÂN DÂN|XÃ GIAO NINH");
		assertThat(orgs.find("PHUONG_HOA_LU").orElseThrow().officialCode()).isEqualTo("14329");
		// the country's register: 34 provinces, 3,321 communes, Ninh Bình's 405 former-unit pairs
		assertThat(count("select count(*) from admin_unit where province_code is null")).isEqualTo(34);
		assertThat(count("select count(*) from admin_unit where province_code is not null")).isEqualTo(3321);
		assertThat(count("select count(*) from admin_unit_origin where new_code = '14212'")).isEqualTo(3);
		// 405 pairs, less the one area that was no administrative unit (no code)
		assertThat(count("select count(*) from admin_unit_origin")).isEqualTo(404);
		assertThat(jdbc.sql("select code from admin_unit where name = 'Ninh Bình' and province_code is null")
			.query(String.class).single()).isEqualTo("37");
	}

	@Test
	void formerOrgs_closeOnTheDayBeforeTheirSuccessors_withTheAct() {
		assertThat(orgs.find("GIAO_PHONG").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(orgs.find("NAM_DINH").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(orgs.find("MY_LOC").orElseThrow().validTo()).isEqualTo(LocalDate.of(2024, 8, 31));
		assertThat(orgs.find("NINH_BINH").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(orgs.successorsOf("GIAO_PHONG")).singleElement().satisfies(s -> {
			assertThat(s.successorCode()).isEqualTo("XA_GIAO_NINH");
			assertThat(s.whole()).isTrue();
			assertThat(s.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
			assertThat(s.legalBasis()).contains("1674/NQ-UBTVQH15");
		});
		assertThat(orgs.successorsOf("NAM_DINH")).singleElement()
			.satisfies(s -> assertThat(s.legalBasis()).contains("202/2025/QH15"));
		assertThat(orgs.successorsOf("SO_LDTBXH")).extracting(OrgRepository.Succession::successorCode)
			.containsExactly("SO_NOI_VU_NB");
		assertThat(orgs.successorsOf("XUAN_PHONG")).isEmpty();
		// the structure of each date
		assertThat(levels(LocalDate.of(2024, 6, 1))).containsEntry("DISTRICT", 10L).containsEntry("PROVINCE", 1L)
			.doesNotContainKey("COMMUNE");
		assertThat(levels(LocalDate.of(2024, 9, 1))).containsEntry("DISTRICT", 9L);
		assertThat(levels(LocalDate.of(2026, 12, 6))).containsEntry("COMMUNE", 129L).containsEntry("PROVINCE", 1L)
			.doesNotContainKey("DISTRICT");
	}

	@Test
	void aDossierOf2024FromGiaoPhong_climbsThroughGiaoThuy_asItDidThen() {
		today(LocalDate.of(2024, 10, 15));
		String giayKhen = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Nguyễn Thị Mai"));
		assertThat(route(giayKhen)).containsExactly("GIAO_PHONG:SUBMIT", "GIAO_THUY:DECIDE");
		String bkTtg = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TTG", person("Phạm Văn Sơn"));
		assertThat(route(bkTtg)).containsExactly("GIAO_PHONG:SUBMIT", "GIAO_THUY:FORWARD", "NAM_DINH:FORWARD",
				"BNV:FORWARD", "TTG:DECIDE");
	}

	@Test
	void aDossierOf2026FromGiaoNinh_goesStraightToTheProvince() {
		today(LocalDate.of(2026, 3, 10));
		String bkTinh = driver.submit("giaoninh.canbo", "XA_GIAO_NINH", "BK_TINH", person("Phạm Văn Sơn"));
		assertThat(route(bkTinh)).containsExactly("XA_GIAO_NINH:FORWARD", "NINH_BINH:DECIDE");
		String bkTtg = driver.submit("giaoninh.canbo", "XA_GIAO_NINH", "BK_TTG", person("Phạm Văn Sơn"));
		assertThat(route(bkTtg)).containsExactly("XA_GIAO_NINH:FORWARD", "NINH_BINH:FORWARD", "BNV:FORWARD",
				"TTG:DECIDE");
		String giayKhen = driver.submit("giaoninh.canbo", "XA_GIAO_NINH", "GIAY_KHEN", person("Nguyễn Thị Mai"));
		assertThat(route(giayKhen)).containsExactly("XA_GIAO_NINH:DECIDE");
		// the commune appraises within 20 working days (the district had 10)
		assertThat(driver.task(giayKhen, TASK_APPRAISE).getDueDate()).isEqualTo(calendar.deadline(20));
	}

	@Test
	void aSchool_goesThroughItsDepartment_toTheProvince() {
		String id = driver.submit("thptgiaothuy.canbo", "THPT_GIAO_THUY", "BK_TINH", person("Giáo viên Vũ Thị Nga"));
		assertThat(route(id)).containsExactly("THPT_GIAO_THUY:SUBMIT", "SO_GDDT_NB:FORWARD", "NINH_BINH:DECIDE");
	}

	@Test
	void aCommuneThatCeased_takesNoNewDossier_andTheRefusalNamesItsSuccessor() {
		long before = count("select count(*) from dossier");
		assertThatThrownBy(() -> driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Nguyễn Thị Mai")))
			.isInstanceOf(InvalidDossierException.class)
			.hasMessageContaining("xã Giao Phong không còn từ ngày 01/07/2025")
			.hasMessageContaining("Ủy ban nhân dân xã Giao Ninh")
			.hasMessageContaining("1674/NQ-UBTVQH15");
		assertThat(count("select count(*) from dossier")).isEqualTo(before);
	}

	@Test
	void aDecisionOf2026_citesTheBasesInForce_underTheNewProvincesHeader() throws Exception {
		today(LocalDate.of(2026, 11, 20));
		String id = driver.submit("giaoninh.canbo", "XA_GIAO_NINH", "BK_TINH", "KTXH_NB_2026", CommendationKind.PHONG_TRAO,
				2026, collective("Hợp tác xã nông nghiệp Giao Ninh"), person("Phạm Văn Sơn"));
		driver.approve(id, "giaoninh.chuyenvien");
		driver.sign(id, "giaoninh.chutich");
		driver.approve(id, "ninhbinh.chuyenvien");
		driver.vote(id, "ninhbinh.thuky", 15, 12, 10);
		driver.sign(id, "ninhbinh.chutich");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);

		String decision = text(PaperService.DECISION, id);
		assertThat(decision).startsWith("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Ninh Bình, ngày 20 tháng 11 năm 2026",
					"Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
					"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
					"Căn cứ Nghị định số 152/2025/NĐ-CP", "Căn cứ Thông tư số 15/2025/TT-BNV",
					"Căn cứ Quyết định số 150/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Ninh Bình")
			.doesNotContain("NAM ĐỊNH", "91/2017", "98/2023", "Nghị định số 129/2025");
		// the commune's submission cites the decree on its own powers
		String submission = text("SUBMISSION-0", id);
		assertThat(submission).startsWith("ỦY BAN NHÂN DÂN XÃ GIAO NINH")
			.contains("Căn cứ Nghị định số 129/2025/NĐ-CP", "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình");
	}

	@Test
	void theSeedsYears_countAsTheyWere_andRollUpIntoTheSuccessors() throws Exception {
		Http http = new Http(port);
		demoAwards.load();
		try {
			JsonNode report = JSON.readTree(http.get("/api/reports/movements/NTM_2021_2025?fromYear=2021&toYear=2023",
					"admin", Http.ADMIN_PASSWORD).body());
			// the seed's figures, with the district chairs' Giấy khen as the seed counted them
			assertThat(report.get("summary").toString()).contains(
					"Năm 2022, có 01 tập thể, 09 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ; 28 cá nhân được tặng"
							+ " Bằng khen của Chủ tịch UBND tỉnh", "38 tập thể, 52 cá nhân được tặng Giấy khen");
			assertThat(report.findValuesAsText("authority")).contains("Chủ tịch UBND cấp huyện");
			// by org as it was: Xuân Trường's awards under Xuân Trường, nothing under the new province
			JsonNode asItWas = JSON.readTree(http.get("/api/reports/years/2022?province=NAM_DINH", "admin",
					Http.ADMIN_PASSWORD).body());
			assertThat(asItWas.findValuesAsText("org")).contains("XUAN_TRUONG", "NAM_DINH").doesNotContain("NINH_BINH");
			JsonNode newProvince = JSON.readTree(http.get("/api/reports/years/2022?province=NINH_BINH", "admin",
					Http.ADMIN_PASSWORD).body());
			assertThat(newProvince.get("rows")).isEmpty();
			// rolled up: the same awards under the orgs that exist today
			JsonNode rolled = JSON.readTree(http.get("/api/reports/years/2022?province=NINH_BINH&rollUp=true", "admin",
					Http.ADMIN_PASSWORD).body());
			assertThat(rolled.get("rolledUp").asBoolean()).isTrue();
			assertThat(total(rolled)).isEqualTo(total(asItWas)).isPositive();
			assertThat(rolled.findValuesAsText("org")).doesNotContain("XUAN_TRUONG", "NAM_DINH").containsOnly("NINH_BINH");
		}
		finally {
			demoAwards.remove();
		}
	}

	@Test
	void demoUsersOfBothPeriods_exist() throws Exception {
		Http http = new Http(port);
		assertThat(http.get("/api/orgs", "giaophong.canbo", "demo").statusCode()).isEqualTo(200);
		assertThat(http.get("/api/orgs", "giaoninh.canbo", "demo").statusCode()).isEqualTo(200);
		assertThat(http.get("/api/orgs", "bnv.chuyenvien", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void whatAppliesOnADate_isOneAnswer() throws Exception {
		Http http = new Http(port);
		JsonNode now = JSON.readTree(http.get("/api/legal/in-force?date=2026-12-06", "giaoninh.canbo", "demo").body());
		assertThat(now.at("/ruleSet/code").asText()).isEqualTo("LUAT2022_ND152");
		assertThat(now.get("legalBases").findValuesAsText("code")).contains("LUAT_TDKT_2022", "ND_152_2025",
				"ND_129_2025", "TT_15_2025_BNV", "QD_150_2025_NB").doesNotContain("ND_98_2023");
		JsonNode cstdCs = rule(now, "CSTD_CS", "COMMUNE");
		assertThat(cstdCs.get("thresholdPercent").asDouble()).isEqualTo(80.0);
		assertThat(cstdCs.get("thresholdBase").asText()).isEqualTo("ALL_MEMBERS");
		assertThat(cstdCs.get("quorumNumerator").asInt()).isEqualTo(2);
		assertThat(durations(now)).contains("APPRAISE:COMMUNE:20", "RETURN_INELIGIBLE:CENTRAL:5",
				"FORWARD_DECISION:CENTRAL:10", "SUPPLEMENT:*:10");
		assertThat(now.get("intakeDeadlines").findValuesAsText("awardType")).contains("CSTD_TQ", "CO_CP");
		assertThat(now.get("structure").findValuesAsText("level")).contains("COMMUNE").doesNotContain("DISTRICT");
		JsonNode then = JSON.readTree(http.get("/api/legal/in-force?date=2024-06-01", "giaoninh.canbo", "demo").body());
		assertThat(then.at("/ruleSet/code").asText()).isEqualTo("LUAT2022_ND98");
		assertThat(then.get("legalBases").findValuesAsText("code")).contains("ND_98_2023").doesNotContain("ND_152_2025");
		assertThat(then.get("structure").findValuesAsText("level")).contains("DISTRICT").doesNotContain("COMMUNE");
		// a bad date is a clear 400
		var bad = http.get("/api/legal/in-force?date=2026-13-01", "giaoninh.canbo", "demo");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("date");
	}

	@Test
	void anOfficialChecksTheRulesOfADate_andTheYearRolledUp_inABrowser() throws Exception {
		demoAwards.load();
		try (Browser browser = Browser.open(port)) {
			try {
				browser.login("giaoninh.canbo", "demo");
				browser.go("/legal?date=2026-12-06");
				browser.visible(By.xpath("//h1[normalize-space(.)='Quy định áp dụng theo ngày']"));
				assertThat(browser.visible(By.id("rule-set")).getText()).contains("LUAT2022_ND152");
				assertThat(browser.driver().findElement(By.cssSelector("#council-rules tr[data-rule='CSTD_CS:COMMUNE']"))
					.getText()).contains("Chiến sĩ thi đua cơ sở", "Cấp xã", "từ 80% tổng số thành viên Hội đồng trở lên",
							"2/3");
				assertThat(browser.driver().findElement(By.cssSelector("#legal-bases tr[data-code='QD_150_2025_NB']"))
					.getText()).contains("150/2025/QĐ-UBND", "NINH_BINH");
				assertThat(browser.driver().findElement(By.cssSelector("#calendar tr[data-day='2026-01-10']")).getText())
					.contains("Làm bù");
				assertThat(browser.driver().findElement(By.cssSelector("#structure tr[data-level='COMMUNE']")).getText())
					.contains("Cấp xã").endsWith("129");
				browser.shot("legal-in-force-2026");
				// another date through the form: the districts are back, Decree 98/2023 applies
				WebElement date = browser.driver().findElement(By.id("date"));
				browser.script("arguments[0].value = '2024-06-01';", date);
				browser.click(browser.clickable(By.cssSelector("#date-filter button[type='submit']")));
				browser.until(d -> d.getCurrentUrl().contains("date=2024-06-01"));
				assertThat(browser.visible(By.id("rule-set")).getText()).contains("LUAT2022_ND98");
				assertThat(browser.driver().findElements(By.cssSelector("#structure tr[data-level='DISTRICT']"))).hasSize(1);
				assertThat(browser.driver().findElements(By.cssSelector("#legal-bases tr[data-code='ND_98_2023']")))
					.hasSize(1);

				// the year report: as it was, then rolled up into today's orgs
				browser.go("/reports/years?year=2022&province=NINH_BINH");
				assertThat(browser.driver().findElements(By.cssSelector("#year-table tr[data-org]"))).isEmpty();
				browser.click(browser.clickable(By.id("rollUp")));
				browser.click(browser.clickable(By.cssSelector("#year-filter button[type='submit']")));
				browser.until(d -> d.getCurrentUrl().contains("rollUp=true"));
				assertThat(browser.driver().findElements(By.cssSelector("#year-table tr[data-org='NINH_BINH']")))
					.isNotEmpty();
				browser.shot("report-year-rolled-up");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.shot("legal-failure");
				browser.dumpPage("legal-failure");
				throw ex;
			}
		}
		finally {
			demoAwards.remove();
		}
	}

	static List<String> durations(JsonNode snapshot) {
		List<String> out = new java.util.ArrayList<>();
		snapshot.get("durations").forEach(d -> out.add(d.get("code").asText() + ":" + d.get("orgLevel").asText() + ":"
				+ d.get("workingDays").asInt()));
		return out;
	}

	static JsonNode rule(JsonNode snapshot, String awardType, String level) {
		for (JsonNode r : snapshot.get("councilRules")) {
			if (r.get("awardType").asText().equals(awardType) && r.get("orgLevel").asText().equals(level)) {
				return r;
			}
		}
		throw new AssertionError("no rule " + awardType + " " + level);
	}

	static long total(JsonNode yearReport) {
		long n = 0;
		for (JsonNode row : yearReport.get("rows")) {
			n += row.get("collectives").asLong() + row.get("individuals").asLong() + row.get("households").asLong();
		}
		return n;
	}

	Map<String, Long> levels(LocalDate day) {
		Map<String, Long> byLevel = new LinkedHashMap<>();
		orgs.validOn(day).forEach(o -> byLevel.merge(o.level().name(), 1L, Long::sum));
		return byLevel;
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	String text(String paperKey, String dossierId) throws Exception {
		var doc = documents.findPaper(dossierId, paperKey).orElseThrow(() -> new AssertionError("no paper " + paperKey));
		try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(documents.content(doc.id())))) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

}
