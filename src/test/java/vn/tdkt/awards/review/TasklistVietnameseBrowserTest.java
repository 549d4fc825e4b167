package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.document.DocumentService;
import vn.tdkt.awards.nomination.DocumentType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TasklistPage;
import vn.tdkt.awards.support.TestFiles;

/**
 * A district appraiser's day in Tasklist, in a browser whose own language is English: the Vietnamese UI and filters,
 * no vendor banner, the task of a dossier with two nominees and a document (opened without a second login), one
 * nominee approved; then the district leader signs. Screenshots in target/screenshots/.
 */
@AppTest
class TasklistVietnameseBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	DocumentService documents;

	@Test
	void aDistrictAppraiserAndLeaderWorkInVietnamese() throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Nguyễn Văn Tiến"),
				person("Lê Thị Tiên"));
		var doc = documents.upload(id, DocumentType.TO_TRINH, "to-trinh-giao-phong.pdf", TestFiles.pdf("To trinh"),
				driver.user("giaophong.canbo"));
		driver.runJobs();
		try (Browser browser = Browser.open(port, "en-US")) {
			try {
				// the administrators' apps greet in Vietnamese too, without the vendor banner
				for (String app : List.of("cockpit", "admin")) {
					browser.go("/camunda/app/" + app + "/default/");
					assertThat(browser.visible(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
						.isEqualTo("Tên đăng nhập");
					assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
						.allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
				}
				browser.go("/camunda/app/tasklist/default/");
				assertThat(browser.visible(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
					.isEqualTo("Tên đăng nhập");
				assertThat(browser.driver().findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Đăng nhập");
				assertThat(browser.driver().findElement(By.cssSelector(".login-logo svg")).isDisplayed()).isFalse();
				browser.shot("tasklist-vi-01-login");
				login(browser, "giaothuy.chuyenvien");

				for (String filter : List.of(ReviewerFilters.MINE, ReviewerFilters.ORG, ReviewerFilters.DUE_SOON,
						ReviewerFilters.OVERDUE)) {
					browser.visible(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='" + filter + "']"));
				}
				assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
				browser.click(browser.clickable(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='" + ReviewerFilters.ORG + "']")));
				WebElement card = browser.visible(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'" + id + "')]"));
				assertThat(card.getText()).contains("Thẩm định hồ sơ " + id + " – Bằng khen của Chủ tịch UBND tỉnh – 2 cá nhân");
				browser.shot("tasklist-vi-02-filters");
				// no clutter: neither "create a task" nor "start a process" for reviewers, no generic subtitle
				assertThat(browser.driver().findElements(By.xpath("//*[normalize-space(.)='Tạo công việc' or normalize-space(.)='Bắt đầu quy trình']")))
					.allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
				assertThat(card.findElements(By.xpath("ancestor::li//h6[contains(@class,'process-definition')]")))
					.allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
				// no priority number on the cards (every task has the same)
				assertThat(card.findElements(By.cssSelector(".priority"))).allSatisfy(p -> assertThat(p.isDisplayed()).isFalse());

				browser.click(card);
				browser.click(browser.clickable(By.xpath("//button[normalize-space(.)='Nhận xử lý'] | //a[normalize-space(.)='Nhận xử lý']")));
				browser.visible(By.cssSelector(".fjs-container"));
				String form = browser.visible(By.cssSelector(".fjs-container")).getText();
				// the deadline and the reminder say what they are
				Object label = browser.script("return getComputedStyle(document.querySelector('.meta .due-date .glyphicon-bell'),"
						+ " '::after').content;");
				assertThat(String.valueOf(label)).isEqualTo("\" Hạn xử lý:\"");
				assertThat(form).contains("Nguyễn Văn Tiến").contains("Lê Thị Tiên").contains("Chủ tịch Hội Nông dân xã");
				// at 1366 px every column of the nominee table is in view, none scrolled away, rows of a few lines
				browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
				WebElement table = browser.visible(By.cssSelector(".fjs-form-field-table table"));
				Object overflow = browser.script("var box = arguments[0].parentElement;"
						+ " return box.scrollWidth - box.clientWidth;", table);
				assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0L);
				assertThat(table.findElement(By.xpath(".//th[normalize-space(.)='Tình trạng']")).isDisplayed()).isTrue();
				assertThat(table.findElements(By.cssSelector("tbody tr")))
					.allSatisfy(row -> assertThat(row.getSize().getHeight()).isLessThan(200));
				assertThat(table.getText()).contains("Nguyễn Văn Tiến (cá nhân)").contains("Chủ tịch Hội Nông dân xã, UBND xã");
				browser.shot("tasklist-vi-02b-form-1366");
				browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1600));
				WebElement link = browser.visible(By.xpath("//a[contains(normalize-space(.),'to-trinh-giao-phong.pdf')]"));
				assertThat(link.getAttribute("href")).endsWith("/dossiers/%s/documents/%d".formatted(id, doc.id()));
				// the same session opens the document: no second login for our pages
				Object type = browser.asyncScript("const done = arguments[arguments.length - 1];"
						+ " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
						link.getAttribute("href"));
				assertThat(String.valueOf(type)).isEqualTo("200 application/pdf");
				assertThat(browser.driver().findElement(By.xpath("//a[contains(normalize-space(.),'Xem toàn bộ hồ sơ')]"))
					.getAttribute("href")).endsWith("/dossiers/" + id);

				// the checklist starts with both ticked: the appraiser unticks the one who does not go on
				By tien = By.xpath("//label[contains(normalize-space(.),'Nguyễn Văn Tiến')]");
				browser.clickUntil(By.xpath("//label[contains(normalize-space(.),'Đề nghị (chuyển ký duyệt)')]"), tien);
				assertThat(browser.driver().findElements(By.cssSelector("input[type=checkbox][id*='Field_approvedNominees']")))
					.hasSize(2)
					.allSatisfy(box -> assertThat(box.isSelected()).isTrue());
				browser.click(browser.clickable(By.xpath("//label[contains(normalize-space(.),'Lê Thị Tiên')]")));
				browser.visible(By.cssSelector("textarea[id$='Field_comment']")).sendKeys("Đề nghị 1 người; người còn lại chưa đủ thời gian");
				browser.shot("tasklist-vi-03-appraise");
				browser.click(browser.clickable(By.xpath("//button[normalize-space(.)='Hoàn thành']")));
				browser.until(d -> dossiers.nominees(id).stream().anyMatch(n -> n.status() == NomineeStatus.NOT_AWARDED));
				driver.runJobs();

				// the leader returns it to the appraiser, who puts the nominee left out back (offered unticked)
				TasklistPage tasklist = new TasklistPage(browser);
				tasklist.login("giaothuy.chutich");
				tasklist.open("Ký tờ trình", id);
				tasklist.choose("Trả lại chuyên viên thẩm định lại");
				// a refusal reads as one Vietnamese sentence naming the field as the form labels it
				tasklist.complete();
				String refusal = browser.visible(By.xpath("//*[contains(normalize-space(.),'Hãy nêu lý do trả lại trong “Ý kiến”')"
						+ " and not(*[contains(normalize-space(.),'Hãy nêu lý do trả lại')])]")).getText();
				assertThat(refusal).isEqualTo("Hãy nêu lý do trả lại trong “Ý kiến” để thẩm định lại.");
				assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("ENGINE-",
						"Cannot submit", "TaskListener", "Exception");
				browser.shot("tasklist-vi-03c-refusal");
				assertThat(dossiers.events(id)).noneMatch(e -> e.action().name().equals("SIGN_RETURNED"));
				browser.type(By.cssSelector("textarea[id$='Field_comment']"), "Xem lại trường hợp bà Lê Thị Tiên");
				tasklist.complete();
				browser.until(d -> dossiers.events(id).stream().anyMatch(e -> e.action().name().equals("SIGN_RETURNED")));
				driver.runJobs();
				tasklist.login("giaothuy.chuyenvien");
				tasklist.open("Thẩm định hồ sơ", id);
				By tien2 = By.xpath("//label[contains(normalize-space(.),'Lê Thị Tiên') and contains(normalize-space(.),"
						+ "'– đã không đề nghị lần trước')]");
				browser.clickUntil(By.xpath("//label[contains(normalize-space(.),'Đề nghị (chuyển ký duyệt)')]"), tien2);
				var boxes = browser.driver().findElements(By.cssSelector("input[type=checkbox][id*='Field_approvedNominees']"));
				assertThat(boxes).extracting(WebElement::isSelected).containsExactly(true, false);
				browser.click(browser.clickable(tien2));
				browser.type(By.cssSelector("textarea[id$='Field_comment']"), "Bổ sung lại người đủ điều kiện theo ý kiến lãnh đạo");
				browser.shot("tasklist-vi-03b-appraise-again");
				tasklist.complete();
				browser.until(d -> dossiers.nominees(id).stream().allMatch(n -> n.status() == NomineeStatus.PENDING));
				driver.runJobs();

				tasklist.login("giaothuy.chutich");
				tasklist.open("Ký tờ trình", id);
				// the draft of the submission, readable before signing in the same session
				WebElement preview = browser.visible(By.xpath("//a[contains(normalize-space(.),'Xem dự thảo tờ trình (PDF)')]"));
				assertThat(preview.getAttribute("href")).endsWith("/dossiers/" + id + "/papers/preview.pdf");
				Object draft = browser.asyncScript("const done = arguments[arguments.length - 1];"
						+ " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
						+ " + r.headers.get('content-type') + ' ' + r.headers.get('content-disposition')));",
						preview.getAttribute("href"));
				assertThat(String.valueOf(draft)).startsWith("200 application/pdf inline");
				tasklist.choose("Ký");
				browser.shot("tasklist-vi-04-sign");
				tasklist.complete();
				browser.until(d -> dossiers.events(id).stream().anyMatch(e -> e.action().name().equals("SUBMISSION_SIGNED")));

				// English stays selectable: the choice made on our pages (cookie "lang") carries over
				browser.driver().manage().addCookie(new Cookie("lang", "en", "/"));
				browser.go("/camunda/app/tasklist/default/");
				browser.visible(By.xpath("//*[contains(@class,'filters')]"));
				// Tasklist renders its task search box before a custom script's language arrives now and then
				// (seen when the task list is long): the choice holds from the next page load on
				if (browser.driver().findElements(By.cssSelector("input[placeholder='Filter Tasks']")).isEmpty()) {
					browser.driver().navigate().refresh();
				}
				browser.visible(By.cssSelector("input[placeholder='Filter Tasks']"));
				// the saved filters read in English too
				browser.visible(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())=\"My groups' tasks\"]"));
				assertThat(browser.driver().findElements(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='"
						+ ReviewerFilters.ORG + "']"))).isEmpty();
			}
			catch (RuntimeException | Error ex) {
				browser.shot("tasklist-vi-99-failure");
				browser.dumpPage("tasklist-vi-99-failure");
				throw ex;
			}
		}
		driver.runJobs();
		assertThat(dossiers.nominees(id)).extracting(Nominee::status)
			.containsExactly(NomineeStatus.PENDING, NomineeStatus.PENDING);
		assertThat(driver.task(id, TASK_APPRAISE).getName()).contains("2 cá nhân");
	}

	private void login(Browser browser, String user) {
		browser.visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
		browser.driver().findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
		browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
		browser.visible(By.xpath("//*[contains(@class,'filters')]"));
	}

}
