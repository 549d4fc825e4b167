package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * Public posting in pages: an order proposed by a commune is posted by the province; its appraiser finds the posting
 * from the dossier's page and the postings list, reads who is posted until when, and records an objection received
 * by letter, which opens a verification; the nominator reads the same list without the form.
 */
@AppTest
class PostingPagesBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	ReviewRecords records;

	@Test
	void theProvincePostsTheList_andItsAppraiserRecordsAnObjection() throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "HCLD3", person("Vũ Văn Công"), person("Đỗ Thị Khen"));
		driver.approve(id, "giaothuy.chuyenvien");
		driver.sign(id, "giaothuy.chutich");
		driver.approve(id, "namdinh.chuyenvien");
		driver.runJobs();
		var posting = dossiers.openPosting(id).orElseThrow();
		try (Browser browser = Browser.open(port)) {
			try {
				browser.login("namdinh.chuyenvien", "demo");
				browser.go("/dossiers/" + id);
				WebElement banner = browser.visible(By.id("posting-banner"));
				assertThat(banner.getText()).startsWith("Đang công khai danh sách đến 17:00 "
						+ posting.ends().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
				browser.click(banner.findElement(By.tagName("a")));

				assertThat(browser.visible(By.id("posting-terms")).getText())
					.startsWith("Ủy ban nhân dân tỉnh Nam Định công khai danh sách dưới đây đến 17:00");
				assertThat(browser.driver().findElement(By.id("posted")).getText()).contains("Vũ Văn Công")
					.contains("Đỗ Thị Khen");
				browser.shot("posting-01-list");
				// the print button prints (our CSP allows no inline handler: the page's script does it)
				browser.script("window.printed = false; window.print = function () { window.printed = true; };");
				browser.click(browser.driver().findElement(By.id("print-posting")));
				assertThat(browser.script("return window.printed;")).isEqualTo(true);

				WebElement form = browser.visible(By.id("objection"));
				new Select(form.findElement(By.name("nomineeId"))).selectByVisibleText("Đỗ Thị Khen");
				form.findElement(By.name("content")).sendKeys("Thư phản ánh: thành tích năm 2023 chưa được xác nhận");
				browser.click(form.findElement(By.cssSelector("button[type=submit]")));
				assertThat(browser.visible(By.cssSelector(".alert.success")).getText())
					.isEqualTo("Đã ghi nhận phản ánh; việc xác minh đã được mở.");
				WebElement khen = browser.visible(By.xpath("//tr[td[normalize-space(.)='Đỗ Thị Khen']]"));
				assertThat(khen.getText()).contains("Thư phản ánh: thành tích năm 2023 chưa được xác nhận")
					.contains("(đang xác minh)");
				browser.shot("posting-02-objection");
				driver.runJobs();
				assertThat(driver.task(id, AwardNominationProcess.TASK_VERIFY_OBJECTION)).isNotNull();
				assertThat(records.objections(id)).hasSize(1);

				browser.go("/postings");
				assertThat(browser.visible(By.cssSelector("tr[data-dossier='" + id + "']")).getText())
					.contains("Ủy ban nhân dân tỉnh Nam Định").contains("Huân chương Lao động hạng Ba");

				// the nominator reads the list, without the form; posting the form anyway is refused, nothing added
				browser.driver().manage().deleteAllCookies();
				browser.login("giaophong.canbo", "demo");
				browser.go("/dossiers/" + id + "/posting");
				assertThat(browser.visible(By.id("posted")).getText()).contains("Vũ Văn Công");
				assertThat(browser.driver().findElements(By.id("objection"))).isEmpty();
				long nominee = dossiers.pendingNominees(id).get(0).id();
				Object status = browser.asyncScript("var done = arguments[arguments.length - 1];"
						+ " fetch('/dossiers/" + id + "/posting/objections', {method: 'POST', redirect: 'manual',"
						+ " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'nomineeId=" + nominee
						+ "&content=x'}).then(function (r) { done(r.status); }, function (e) { done('error ' + e); });");
				assertThat(status).isEqualTo(403L);
				assertThat(records.objections(id)).hasSize(1);
			}
			catch (RuntimeException | Error ex) {
				browser.shot("posting-99-failure");
				browser.dumpPage("posting-99-failure");
				throw ex;
			}
		}
	}

}
