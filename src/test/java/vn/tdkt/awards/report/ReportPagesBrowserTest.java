package vn.tdkt.awards.report;

import vn.tdkt.awards.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.registry.AwardRegistry;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;

/**
 * The report page, the movements' admin pages and the import page in a real browser: an administrator loads the
 * demo data from the report page, reads the sentences, the table and the chart, downloads the CSV, narrows the years,
 * removes the demo data; launches a movement (a mistake first) and imports past awards (a bad file first). A
 * nominator sees the report but not the admin pages.
 */
@AppTest
class ReportPagesBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	AwardRegistry registry;

	@Autowired
	MovementRepository movements;

	@Test
	void anAdministratorReadsTheNongThonMoiReport_withTheDemoData() throws Exception {
		try (Browser browser = Browser.open(port)) {
			try {
				browser.login("admin", Http.ADMIN_PASSWORD);
				browser.go("/reports?movement=NTM_2021_2025&fromYear=2021&toYear=2023");
				browser.visible(By.xpath("//h1[normalize-space(.)='Kết quả khen thưởng theo phong trào thi đua']"));
				assertThat(new Select(browser.driver().findElement(By.id("movement"))).getFirstSelectedOption()
					.getAttribute("value")).isEqualTo("NTM_2021_2025");
				assertThat(browser.driver().findElements(By.id("demo-warning"))).isEmpty();
				// another movement starts from its own period: the years chosen for this one are cleared
				assertThat(browser.driver().findElement(By.id("fromYear")).getAttribute("value")).isEqualTo("2021");
				new Select(browser.driver().findElement(By.id("movement"))).selectByIndex(1);
				assertThat(browser.driver().findElement(By.id("fromYear")).getAttribute("value")).isEmpty();
				assertThat(browser.driver().findElement(By.id("toYear")).getAttribute("value")).isEmpty();
				browser.go("/reports?movement=NTM_2021_2025&fromYear=2021&toYear=2023");

				browser.click(browser.clickable(By.id("demo-load")));
				WebElement warning = browser.visible(By.id("demo-warning"));
				assertThat(warning.getText()).contains("341 khen thưởng là DỮ LIỆU MINH HỌA");
				assertThat(browser.driver().findElement(By.cssSelector(".alert.success")).getText())
					.isEqualTo("Đã nạp dữ liệu minh họa: 341 khen thưởng (đánh dấu DEMO).");
				assertThat(browser.driver().getCurrentUrl()).contains("movement=NTM_2021_2025");

				List<String> sentences = browser.driver().findElements(By.cssSelector("#summary p.sentence")).stream()
					.map(WebElement::getText).toList();
				assertThat(sentences).hasSize(3);
				assertThat(sentences.get(0)).startsWith("Năm 2021, có ")
					.endsWith("; 35 tập thể, 50 cá nhân được tặng Giấy khen của Chủ tịch UBND cấp huyện.");
				WebElement giayKhen2021 = browser.driver()
					.findElement(By.cssSelector("#report-table tr[data-year='2021'][data-award='GIAY_KHEN']"));
				assertThat(giayKhen2021.findElements(By.tagName("td"))).extracting(WebElement::getText)
					.containsExactly("2021", "Giấy khen của Chủ tịch UBND cấp huyện", "Chủ tịch UBND cấp huyện", "35", "50",
							"0", "85");
				List<WebElement> bars = browser.driver().findElements(By.cssSelector("#chart rect.bar"));
				assertThat(bars).hasSizeGreaterThanOrEqualTo(9);
				assertThat(bars).extracting(b -> b.findElement(By.tagName("title")).getAttribute("textContent"))
					.contains("2021 – Giấy khen: 85", "2023 – Giấy khen: 93");
				assertThat(bars).allSatisfy(b -> assertThat(Double.parseDouble(b.getAttribute("height"))).isPositive());
				assertThat(browser.driver().findElements(By.cssSelector(".legend span"))).extracting(WebElement::getText)
					.containsExactly("Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen");
				browser.shot("report-01-ntm-demo");

				// the download, fetched with the page's session
				String href = browser.driver().findElement(By.id("download-csv")).getAttribute("href");
				assertThat(href).contains("/reports/movement.csv?movement=NTM_2021_2025&fromYear=2021&toYear=2023");
				String csv = (String) browser.asyncScript(
						"var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
				assertThat(csv).contains("2021,GIAY_KHEN,Giấy khen của Chủ tịch UBND cấp huyện,Chủ tịch UBND cấp huyện,35,50,0")
					.contains("Lưu ý: số liệu có 341 khen thưởng là DỮ LIỆU MINH HỌA");
				assertThat(browser.driver().findElement(By.id("download-xlsx")).getAttribute("href"))
					.contains("/reports/movement.xlsx?");

				// one year only
				browser.driver().findElement(By.id("fromYear")).clear();
				browser.driver().findElement(By.id("fromYear")).sendKeys("2022");
				browser.driver().findElement(By.id("toYear")).clear();
				browser.driver().findElement(By.id("toYear")).sendKeys("2022");
				browser.click(browser.driver().findElement(By.cssSelector("#report-filter button[type=submit]")));
				browser.until(d -> d.getCurrentUrl().contains("fromYear=2022"));
				assertThat(browser.driver().findElements(By.cssSelector("#report-table tbody tr")))
					.extracting(r -> r.getAttribute("data-year")).containsOnly("2022");
				assertThat(browser.driver().findElements(By.cssSelector("#chart text.year"))).extracting(WebElement::getText)
					.containsExactly("2022");

				// the year report by org: the districts' Giấy khen of the demo data
				browser.click(browser.clickable(By.xpath("//a[normalize-space(.)='Báo cáo theo năm, theo đơn vị']")));
				browser.visible(By.id("year")).clear();
				browser.driver().findElement(By.id("year")).sendKeys("2022");
				new Select(browser.driver().findElement(By.id("province"))).selectByValue("NAM_DINH");
				browser.click(browser.driver().findElement(By.cssSelector("#year-filter button[type=submit]")));
				assertThat(browser.visible(By.cssSelector("#year-table tr[data-org='XUAN_TRUONG']")).getText())
					.isEqualTo("Ủy ban nhân dân huyện Xuân Trường Giấy khen của Chủ tịch UBND cấp huyện Chủ tịch UBND cấp huyện 18 27 0");
				assertThat(browser.driver().findElement(By.id("year-summary")).getText()).startsWith("Năm 2022, có ");
				browser.shot("report-02-year");
				browser.driver().navigate().back();
				browser.driver().navigate().back();
				browser.visible(By.id("demo-remove"));

				// remove the demo data (after confirming)
				browser.click(browser.clickable(By.id("demo-remove")));
				browser.driver().switchTo().alert().accept();
				browser.visible(By.xpath("//*[normalize-space(.)='Đã xóa 341 khen thưởng minh họa.']"));
				assertThat(browser.driver().findElements(By.id("demo-warning"))).isEmpty();
				assertThat(registry.count(AwardRegistry.DEMO)).isZero();

			}
			catch (RuntimeException | AssertionError ex) {
				browser.shot("report-failure");
				browser.dumpPage("report-failure");
				throw ex;
			}
			finally {
				registry.removeAll(AwardRegistry.DEMO);
			}
		}
	}

	@Test
	void anAdministratorLaunchesAMovement_andImportsPastAwards() throws Exception {
		Path dir = Files.createTempDirectory("import");
		String header = "award_type,year,movement,kind,subject_type,recipient_name,recipient_org,org_code,authority_org,"
				+ "decision_number,decision_date\n";
		Path bad = Files.writeString(dir.resolve("sai.csv"), header
				+ "BK_TINH,2014,SO_HOA_2014_2015,,CA_NHAN,Nguyễn Văn Một,,GIAO_PHONG,NAM_DINH,55/QĐ-UBND,2014-12-01\n"
				+ "BK_TINH,2014,SO_HOA_2014_2015,,CA_NHAN,,,GIAO_PHONG,NAM_DINH,55/QĐ-UBND,2014-12-01\n",
				StandardCharsets.UTF_8);
		Path good = Files.writeString(dir.resolve("dung.csv"), header
				+ "BK_TINH,2014,SO_HOA_2014_2015,,CA_NHAN,Nguyễn Văn Một,,GIAO_PHONG,NAM_DINH,55/QĐ-UBND,2014-12-01\n"
				+ "BK_TINH,2014,SO_HOA_2014_2015,,TAP_THE,Trạm y tế xã Giao Phong,,GIAO_PHONG,NAM_DINH,55/QĐ-UBND,2014-12-01\n",
				StandardCharsets.UTF_8);
		try (Browser browser = Browser.open(port)) {
			try {
				browser.login("admin", Http.ADMIN_PASSWORD);
				browser.go("/");
				browser.click(browser.clickable(By.xpath("//header//a[normalize-space(.)='Quản trị']")));
				browser.visible(By.id("movement-list"));
				assertThat(browser.driver().findElement(By.cssSelector("#movement-list tr[data-movement='NTM_2021_2025']"))
					.getText()).contains("79/KH-UBND ngày 13/06/2022")
					// its period 2021–2025 is over (December 2026): awaiting its summing-up, not "Đang triển khai"
					.contains("Hết giai đoạn, chờ tổng kết");

				browser.click(browser.clickable(By.id("new-movement")));
				browser.visible(By.id("code")).sendKeys("SO_HOA_2014_2015");
				browser.driver().findElement(By.id("name")).sendKeys("Thi đua số hóa hồ sơ");
				new Select(browser.driver().findElement(By.id("launchedBy"))).selectByValue("NAM_DINH");
				browser.driver().findElement(By.id("periodFrom")).clear();
				browser.driver().findElement(By.id("periodFrom")).sendKeys("2015");
				browser.driver().findElement(By.id("periodTo")).clear();
				browser.driver().findElement(By.id("periodTo")).sendKeys("2014");
				browser.click(browser.driver().findElement(By.id("save")));
				assertThat(browser.visible(By.cssSelector("#form-errors li[data-field='periodTo']")).getText())
					.isEqualTo("Năm kết thúc 2014 trước năm bắt đầu 2015");
				assertThat(movements.find("SO_HOA_2014_2015")).isEmpty();
				assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("Thi đua số hóa hồ sơ");
				browser.driver().findElement(By.id("periodFrom")).clear();
				browser.driver().findElement(By.id("periodFrom")).sendKeys("2014");
				browser.click(browser.driver().findElement(By.id("save")));
				browser.visible(By.cssSelector("#movement-list tr[data-movement='SO_HOA_2014_2015']"));

				// edit it
				browser.click(browser.clickable(By.linkText("SO_HOA_2014_2015")));
				assertThat(browser.visible(By.id("code")).getAttribute("readonly")).isNotNull();
				browser.driver().findElement(By.id("name")).sendKeys(" và dịch vụ công");
				new Select(browser.driver().findElement(By.id("status"))).selectByValue("CLOSED");
				browser.click(browser.driver().findElement(By.id("save")));
				assertThat(browser.visible(By.cssSelector("#movement-list tr[data-movement='SO_HOA_2014_2015']")).getText())
					.contains("Thi đua số hóa hồ sơ và dịch vụ công").contains("Đã tổng kết");

				// import: a bad file first, nothing imported; then the good one
				browser.go("/admin/awards/import");
				// the file's codes are explained, not only named
				assertThat(browser.visible(By.id("import-codes")).getText()).contains("CA_NHAN – Cá nhân")
					.contains("BK_TINH – Bằng khen của Chủ tịch UBND tỉnh").contains("PHONG_TRAO – Theo phong trào thi đua");
				assertThat(browser.visible(By.id("import-limits")).getText())
					.isEqualTo("Mỗi lần nhập tối đa 20.000 dòng dữ liệu và 10 MB; tệp lớn hơn hãy chia thành nhiều tệp.");
				browser.visible(By.id("file")).sendKeys(bad.toString());
				browser.click(browser.driver().findElement(By.cssSelector("#import-form button[type=submit]")));
				assertThat(browser.visible(By.id("import-rejected")).getText()).startsWith("1 dòng không hợp lệ");
				assertThat(browser.driver().findElements(By.cssSelector("#rejected-rows tbody tr")))
					.extracting(WebElement::getText).containsExactly("3 recipient_name thiếu tên người/tập thể được khen thưởng");
				browser.shot("report-03-import-rejected");
				browser.visible(By.id("file")).sendKeys(good.toString());
				browser.click(browser.driver().findElement(By.cssSelector("#import-form button[type=submit]")));
				assertThat(browser.visible(By.id("import-done")).getText()).isEqualTo("Đã nhập 2 khen thưởng vào sổ khen thưởng.");

				browser.go("/reports?movement=SO_HOA_2014_2015");
				assertThat(browser.visible(By.cssSelector("#summary p.sentence")).getText())
					.isEqualTo("Năm 2014, có 01 tập thể, 01 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.shot("admin-failure");
				browser.dumpPage("admin-failure");
				throw ex;
			}
		}
	}

	@Test
	void aNominatorReadsReports_inEnglishToo_butNoAdminPage() throws Exception {
		// a movement of this test's own with two awards, so that the sentence does not depend on other tests
		Http http = new Http(port);
		assertThat(http.postJson("/api/movements", "admin", Http.ADMIN_PASSWORD, """
				{"code":"BAO_CAO_EN","name":"Phong trào báo cáo tiếng Anh","launchedBy":"NAM_DINH","periodFrom":2020,"periodTo":2024}""")
			.statusCode()).isEqualTo(201);
		String csv = "award_type,year,movement,subject_type,recipient_name,org_code,authority_org,decision_number,decision_date\n"
				+ "GIAY_KHEN,2022,BAO_CAO_EN,TAP_THE,Tổ 1,GIAO_PHONG,GIAO_THUY,5/QĐ,2022-12-01\n"
				+ "GIAY_KHEN,2022,BAO_CAO_EN,CA_NHAN,Người 1,GIAO_PHONG,GIAO_THUY,5/QĐ,2022-12-01\n";
		assertThat(http.postMultipart("/api/awards/import", "admin", Http.ADMIN_PASSWORD, java.util.Map.of(), "file",
				"awards.csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
		try (Browser browser = Browser.open(port)) {
			browser.login("giaophong.canbo", "demo");
			browser.go("/reports?lang=en");
			browser.visible(By.xpath("//h1[normalize-space(.)='Awards by emulation movement']"));
			browser.go("/reports?movement=BAO_CAO_EN&fromYear=2022&toYear=2022");
			assertThat(browser.visible(By.cssSelector("#summary p.sentence")).getText()).isEqualTo("In 2022, 1 collective,"
					+ " 1 individual received the Certificate of Merit of the Chairperson of the District People's Committee.");
			assertThat(browser.driver().findElement(By.cssSelector("#report-table tr[data-award='GIAY_KHEN']"))
				.findElements(By.tagName("td"))).extracting(WebElement::getText).containsExactly("2022",
						"Certificate of Merit of the Chairperson of the District People's Committee",
						"Chairperson of the District People's Committee", "1", "1", "0", "2");
			browser.shot("report-english");
			assertThat(browser.driver().findElements(By.id("demo-panel"))).isEmpty();
			assertThat(browser.driver().findElements(By.xpath("//header//a[normalize-space(.)='Administration']"))).isEmpty();
			browser.go("/admin/movements?lang=vi");
			assertThat(browser.driver().findElements(By.id("movement-list"))).isEmpty();
			browser.go("/reports?movement=KHONG_CO");
			assertThat(browser.visible(By.cssSelector(".alert.error")).getText()).isEqualTo("Không có phong trào KHONG_CO");
		}
	}

}
