package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * A district appraiser's own pages: the tasks waiting for them, overdue first, each opening its Tasklist task; and
 * the search of people by CCCD or by a name typed without diacritics, down to one person's history. Another org's
 * user finds neither the tasks nor the dossiers.
 */
@AppTest
class ReviewerHomeAndSearchBrowserTest {

	static final String CCCD = "036080009876";

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	TaskService tasks;

	@Test
	void theAppraisersTasksOverdueFirst_andAPersonFoundByCccdAndByName() throws Exception {
		String searched = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN",
				new NewNominee(SubjectType.CA_NHAN, "Hoàng Thị Tra Cứu", "Xã đội trưởng", "UBND xã Giao Phong",
						"Hoàn thành xuất sắc nhiệm vụ", CCCD, LocalDate.of(1985, 3, 9)));
		String late = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Người trễ hạn"));
		String lateTask = driver.task(late, AwardNominationProcess.TASK_APPRAISE).getId();
		tasks.setDueDate(lateTask, Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))));
		try (Browser browser = Browser.open(port)) {
			try {
				browser.login("giaothuy.chuyenvien", "demo");
				browser.go("/tasks");
				List<WebElement> rows = browser.visible(By.id("my-tasks")).findElements(By.cssSelector("tbody tr"));
				List<String> dossiers = rows.stream().map(r -> r.getAttribute("data-dossier")).toList();
				WebElement lateRow = rows.get(dossiers.indexOf(late));
				assertThat(lateRow.getText()).contains("Quá hạn 3 ngày");
				assertThat(lateRow.findElement(By.linkText("Mở trong Tasklist")).getAttribute("href"))
					.endsWith("/camunda/app/tasklist/default/#/?task=" + lateTask);
				// overdue first: every overdue row comes before every other, the late dossier before the one on time
				List<Boolean> overdue = rows.stream().map(r -> r.getAttribute("class").contains("overdue")).toList();
				assertThat(overdue.indexOf(false) < 0 || overdue.lastIndexOf(true) < overdue.indexOf(false)).isTrue();
				assertThat(dossiers.indexOf(late)).isLessThan(dossiers.indexOf(searched));
				assertThat(browser.driver().findElement(By.cssSelector("p.lead")).getText()).contains("việc đã quá hạn");
				browser.shot("home-01-my-tasks");

				browser.go("/people?q=" + CCCD);
				assertThat(browser.visible(By.id("nominations")).getText()).contains(searched).contains("Hoàng Thị Tra Cứu");
				browser.go("/people?q=hoang+thi+tra+cuu");
				WebElement person = browser.visible(By.xpath("//table[@id='people']//a[normalize-space(.)='Hoàng Thị Tra Cứu']"));
				browser.shot("people-01-search");
				browser.click(person);
				assertThat(browser.visible(By.id("person-facts")).getText()).contains("09/03/1985").contains("••••••••9876")
					.doesNotContain(CCCD);
				assertThat(browser.driver().findElement(By.id("person-nominations")).getText()).contains(searched);
				browser.shot("people-02-history");

				// another org's nominator: none of these tasks, none of these dossiers
				browser.driver().manage().deleteAllCookies();
				browser.login("sotuphap.canbo", "demo");
				browser.go("/tasks");
				assertThat(browser.driver().findElements(By.cssSelector("tr[data-dossier='" + late + "']"))).isEmpty();
				browser.go("/people?q=" + CCCD);
				browser.visible(By.id("people-search"));
				assertThat(browser.driver().findElements(By.cssSelector("#nominations tr[data-dossier='" + searched + "']")))
					.isEmpty();
			}
			catch (RuntimeException | Error ex) {
				browser.shot("home-99-failure");
				browser.dumpPage("home-99-failure");
				throw ex;
			}
		}
	}

}
