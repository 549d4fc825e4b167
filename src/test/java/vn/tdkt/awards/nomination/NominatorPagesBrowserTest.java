package vn.tdkt.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TestFiles;
import vn.tdkt.awards.system.AppClock;

/**
 * A nominator of xã Giao Phong in a real browser: logs in, imports a nominee from the Excel template, adds a second
 * one by hand, attaches a PDF, submits, and finds the dossier with its route on its page and in the list; when the
 * district returns it, supplements it from the dossier's page.
 */
@AppTest
class NominatorPagesBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	ProcessDriver driver;

	@Test
	void aNominatorSubmitsADossierWithTwoNomineesAndAPdf() throws Exception {
		Path dir = Files.createTempDirectory("upload");
		Path pdf = Files.write(dir.resolve("to-trinh-giao-phong.pdf"), TestFiles.pdf("To trinh"));
		// the downloaded template filled as an office does: its example row left in, an ID typed as a number (Excel drops
		// its leading zero), a birth date in Excel's short-date format
		Path xlsx = Files.write(dir.resolve("danh-sach.xlsx"), NomineeExcelTest.fromTemplate(new NomineeExcel(),
				"Cá nhân", "Phạm Văn Sơn", "Chủ tịch UBND xã", "UBND xã Giao Phong", 36080001234d,
				java.time.LocalDate.of(1980, 6, 15), "Điển hình tiên tiến NTM"));
		try (Browser browser = Browser.open(port)) {
			try {
				browser.go("/dossiers");
				browser.visible(By.id("username")).sendKeys("giaophong.canbo");
				browser.driver().findElement(By.id("password")).sendKeys("demo");
				browser.shot("pages-01-login");
				browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
				browser.visible(By.xpath("//h1[normalize-space(.)='Hồ sơ đề nghị khen thưởng']"));

				browser.click(browser.clickable(By.xpath("//a[normalize-space(.)='Lập hồ sơ mới' and contains(@class,'button')]")));
				new Select(browser.visible(By.id("awardType"))).selectByValue("BK_TINH");
				new Select(browser.driver().findElement(By.id("kind"))).selectByValue("PHONG_TRAO");
				// the page says which documents the chosen award and kind ask for (Law 06/2022 art. 84)
				assertThat(browser.visible(By.id("required-documents")).getText()).endsWith(
						": Báo cáo thành tích, Biên bản họp Hội đồng Thi đua - Khen thưởng.");
				new Select(browser.driver().findElement(By.id("movement"))).selectByValue("NTM_2021_2025");
				browser.driver().findElement(By.id("title")).sendKeys("Đề nghị Bằng khen tỉnh – xây dựng nông thôn mới");
				// one nominee typed first: the import adds after it, and leaves the template's example out
				browser.driver().findElement(By.id("nominees0.name")).sendKeys("Trần Thị Hoa");
				new Select(browser.driver().findElement(By.id("nominees0.gender"))).selectByVisibleText("Nữ");
				browser.driver().findElement(By.id("excel")).sendKeys(xlsx.toString());
				browser.click(browser.driver().findElement(By.id("import-button")));
				assertThat(browser.visible(By.id("import-done")).getText())
					.isEqualTo("Đã thêm 1 người từ tệp Excel vào sau 1 người đã nhập.");
				assertThat(browser.driver().findElement(By.id("nominees0.name")).getAttribute("value")).isEqualTo("Trần Thị Hoa");
				assertThat(browser.driver().findElement(By.id("nominees1.name")).getAttribute("value")).isEqualTo("Phạm Văn Sơn");
				assertThat(browser.driver().findElement(By.id("nominees1.idNumber")).getAttribute("value")).isEqualTo("036080001234");
				assertThat(browser.driver().findElement(By.id("nominees1.birthDate")).getAttribute("value")).isEqualTo("1980-06-15");
				assertThat(browser.driver().findElements(By.cssSelector("tr.nominee-row"))).hasSize(2);
				assertThat(browser.driver().findElement(By.id("title")).getAttribute("value")).startsWith("Đề nghị Bằng khen tỉnh");

				browser.click(browser.clickable(By.id("add-nominee")));
				List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr.nominee-row"));
				assertThat(rows).hasSize(3);
				new Select(rows.get(2).findElement(By.cssSelector("select"))).selectByValue("TAP_THE");
				rows.get(2).findElement(By.cssSelector("[name='nominees[2].name']")).sendKeys("Hội Nông dân xã Giao Phong");
				new Select(browser.driver().findElement(By.name("docTypes"))).selectByValue("TO_TRINH");
				browser.driver().findElement(By.name("docs")).sendKeys(pdf.toString());
				// nothing typed or imported is cut: every text box shows all of its text
				Object hidden = browser.script("return Array.from(document.querySelectorAll('#nominee-rows textarea'))"
						+ ".filter(a => a.scrollHeight > a.clientHeight + 2 || a.scrollWidth > a.clientWidth + 2).length;");
				assertThat(((Number) hidden).intValue()).isZero();
				browser.shot("pages-02-new-dossier");
				// saved as a draft with the tờ trình only: the draft's page lists what is still missing
				browser.click(browser.driver().findElement(By.id("save-draft")));
				WebElement draft = browser.visible(By.id("draft"));
				assertThat(browser.visible(By.cssSelector(".alert.success")).getText()).startsWith("Đã lưu hồ sơ nháp HS-");
				assertThat(draft.findElement(By.id("draft-requirements")).getText())
					.contains("✘ Báo cáo thành tích còn thiếu").contains("✘ Biên bản họp Hội đồng Thi đua - Khen thưởng còn thiếu");
				String url = browser.driver().getCurrentUrl();
				String id = url.substring(url.lastIndexOf('/') + 1);
				assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DRAFT);
				browser.shot("pages-02b-draft");
				assertThat(dossiers.nominees(id)).filteredOn(n -> n.name().equals("Trần Thị Hoa"))
					.extracting(n -> n.gender()).containsExactly(vn.tdkt.awards.nomination.Gender.NU);

				// submitting it without them is refused (after the confirmation), and it stays a draft
				browser.click(browser.clickable(By.id("submit-draft")));
				acceptConfirmation(browser, "Nộp hồ sơ lên cấp xét duyệt?");
				assertThat(browser.visible(By.cssSelector(".alert.error")).getText()).isEqualTo("Chưa nộp được: hồ sơ Bằng khen"
						+ " của Chủ tịch UBND tỉnh còn thiếu tài liệu bắt buộc: Báo cáo thành tích, Biên bản họp Hội đồng Thi đua - Khen thưởng.");
				assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DRAFT);

				// both attached from the draft's page, then submitted
				for (String[] document : new String[][] { { "BAO_CAO_THANH_TICH", "bao-cao-thanh-tich.pdf" },
						{ "BIEN_BAN_HOI_DONG", "bien-ban-hoi-dong.pdf" } }) {
					Path file = Files.write(dir.resolve(document[1]), TestFiles.pdf(document[0]));
					WebElement upload = browser.visible(By.id("upload-form"));
					new Select(upload.findElement(By.name("type"))).selectByValue(document[0]);
					upload.findElement(By.name("file")).sendKeys(file.toString());
					browser.click(upload.findElement(By.cssSelector("button[type=submit]")));
					browser.until(d -> d.findElement(By.id("documents")).getText().contains(document[1]));
				}
				assertThat(browser.visible(By.id("draft-requirements")).getText()).doesNotContain("✘");
				browser.click(browser.clickable(By.id("submit-draft")));
				acceptConfirmation(browser, "Nộp hồ sơ lên cấp xét duyệt?");

				browser.visible(By.id("route"));
				assertThat(browser.visible(By.cssSelector(".alert.success")).getText()).isEqualTo("Đã nộp hồ sơ " + id + ".");
				assertThat(browser.driver().findElements(By.id("draft"))).isEmpty();
				assertThat(id).matches("HS-\\d{4}-\\d{6}");
				assertThat(browser.driver().findElements(By.cssSelector("#route li")))
					.extracting(li -> li.getAttribute("data-org"))
					.containsExactly("GIAO_PHONG", "GIAO_THUY", "NAM_DINH");
				assertThat(browser.driver().findElement(By.id("documents")).getText()).contains("to-trinh-giao-phong.pdf");
				// the dossier's facts, and the nominees with their (masked) ID numbers and achievements
				assertThat(browser.driver().findElement(By.id("dossier-facts")).getText()).contains("Phong trào")
					.contains("Nam Định chung sức xây dựng nông thôn mới nâng cao, kiểu mẫu");
				assertThat(browser.driver().findElement(By.id("nominees")).getText()).contains("••••••••1234 · 15/06/1980")
					.contains("Điển hình tiên tiến NTM").doesNotContain("036080001234");
				assertThat(browser.driver().findElement(By.id("nominees")).getText()).contains("Trần Thị Hoa")
					.contains("Phạm Văn Sơn").contains("Hội Nông dân xã Giao Phong").doesNotContain("Ví dụ");
				browser.shot("pages-03-dossier");

				browser.go("/dossiers");
				WebElement row = browser.visible(By.cssSelector("tr[data-dossier='" + id + "']"));
				assertThat(row.getText()).contains("Ủy ban nhân dân xã Giao Phong → Ủy ban nhân dân huyện Giao Thủy → Ủy ban nhân dân tỉnh Nam Định");
				browser.shot("pages-04-list");

				// the district returns it for supplement; the nominator answers from the dossier's page
				driver.runJobs();
				driver.complete(id, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "RETURN", "comment",
						"Bổ sung báo cáo thành tích có xác nhận của UBND xã");
				browser.go("/dossiers/" + id);
				assertThat(browser.visible(By.id("dossier-status")).getText()).isEqualTo("Bị trả lại, chờ bổ sung");
				assertThat(browser.driver().findElement(By.id("timeline")).getText())
					.contains("Bổ sung báo cáo thành tích có xác nhận của UBND xã");
				// the route says who waits for whom: the district returned it, nobody reviews it now
				assertThat(browser.driver().findElement(By.cssSelector("#route li[data-org='GIAO_THUY']")).getAttribute("data-state"))
					.isEqualTo("RETURNED");
				assertThat(browser.driver().findElement(By.cssSelector("#route li[data-org='GIAO_THUY']")).getText())
					.contains("Đã trả lại, chờ đơn vị bổ sung");
				// the return's reason stands above the supplement form
				assertThat(browser.visible(By.id("return-reason")).getText())
					.contains("Ủy ban nhân dân huyện Giao Thủy trả lại hồ sơ ngày")
					.contains("Bổ sung báo cáo thành tích có xác nhận của UBND xã");
				// sending nothing is refused, and nothing changes
				WebElement supplement = browser.visible(By.id("supplement"));
				browser.click(supplement.findElement(By.cssSelector("button[type=submit]")));
				assertThat(browser.visible(By.cssSelector(".alert.error")).getText()).startsWith("Chưa có gì để bổ sung");
				assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.RETURNED);
				// a nominee corrected in the page, with a comment
				supplement = browser.visible(By.id("supplement"));
				WebElement hoa = supplement.findElement(By.xpath(".//tr[.//input[@name='nomineeName' and @value='Trần Thị Hoa']]"));
				WebElement position = hoa.findElement(By.name("nomineePosition"));
				position.clear();
				position.sendKeys("Chi hội trưởng Chi hội Phụ nữ thôn Đông");
				supplement.findElement(By.name("comment")).sendKeys("Đã bổ sung báo cáo thành tích có xác nhận");
				browser.shot("pages-05-supplement");
				browser.click(supplement.findElement(By.cssSelector("button[type=submit]")));
				browser.until(d -> dossiers.require(id).status() == DossierStatus.IN_REVIEW);
				assertThat(browser.visible(By.cssSelector(".alert.success")).getText()).startsWith("Đã gửi bổ sung");
				assertThat(dossiers.nominees(id)).filteredOn(n -> n.name().equals("Trần Thị Hoa"))
					.extracting(n -> n.position())
					.containsExactly("Chi hội trưởng Chi hội Phụ nữ thôn Đông");
				driver.runJobs();
				assertThat(driver.task(id, TASK_APPRAISE)).isNotNull();
				// the step's deadline, as the appraiser's task has it
				browser.go("/dossiers/" + id);
				assertThat(browser.visible(By.id("current-deadline")).getText()).isEqualTo(
						java.time.LocalDateTime.ofInstant(driver.task(id, TASK_APPRAISE).getDueDate().toInstant(),
								AppClock.ZONE)
							.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")));

				browser.go("/dossiers");
				browser.click(browser.clickable(By.xpath("//a[normalize-space(.)='English']")));
				browser.visible(By.xpath("//h1[normalize-space(.)='Nomination dossiers']"));
				assertThat(dossiers.nominees(id)).hasSize(3);
			}
			catch (RuntimeException | Error ex) {
				browser.shot("pages-99-failure");
				browser.dumpPage("pages-99-failure");
				throw ex;
			}
		}
	}

	/** Accepts the page's confirmation dialog, checking its question. */
	static void acceptConfirmation(Browser browser, String question) {
		browser.until(d -> {
			try {
				d.switchTo().alert();
				return true;
			}
			catch (org.openqa.selenium.NoAlertPresentException ex) {
				return false;
			}
		});
		var alert = browser.driver().switchTo().alert();
		assertThat(alert.getText()).startsWith(question);
		alert.accept();
	}

}
