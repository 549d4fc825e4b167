package vn.tdkt.awards.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.award.AwardDecisionService;
import vn.tdkt.awards.award.AwardRegistry;
import vn.tdkt.awards.nomination.DossierRepository;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The Camunda Forms of the reviewer contract, used in Tasklist in a real browser by the district's demo users:
 * the appraiser approves one of two nominees with the checklist, the council secretary enters the votes in the
 * list (the form computes votesFor), the chairman signs the decision.
 */
@AppTest
class TasklistFormsBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	AwardDecisionService decisions;

	@Autowired
	AwardRegistry registry;

	@Test
	void districtReviewersDecideAGiayKhenInTasklist() throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Nguyễn Văn An"),
				ProcessDriver.person("Trần Thị Bình"));
		try (Browser browser = Browser.open(port)) {
			try {
				login(browser, "giaothuy.chuyenvien");
				openTask(browser, id, "appraise");
				browser.visible(By.xpath("//*[contains(text(),'" + id + "')]"));
				browser.click(browser.clickable(By.xpath("//label[contains(normalize-space(.),'Đề nghị (chuyển ký duyệt)')]")));
				browser.click(browser.clickable(By.xpath("//label[contains(normalize-space(.),'Nguyễn Văn An')]")));
				browser.visible(By.cssSelector("textarea[id$='Field_comment']")).sendKeys("Đủ điều kiện theo Điều 75");
				browser.shot("forms-01-appraise");
				complete(browser);
				browser.until(d -> dossiers.nominees(id).stream().anyMatch(n -> n.status() == NomineeStatus.NOT_AWARDED));
				driver.runJobs();
				List<Nominee> nominees = dossiers.nominees(id);
				assertThat(nominees).extracting(Nominee::status)
					.containsExactly(NomineeStatus.PENDING, NomineeStatus.NOT_AWARDED);

				login(browser, "giaothuy.thuky");
				openTask(browser, id, "councilVote");
				browser.visible(By.cssSelector("input[id$='Field_membersTotal']")).sendKeys("9", Keys.TAB);
				browser.visible(By.cssSelector("input[id$='Field_membersPresent']")).sendKeys("8", Keys.TAB);
				List<WebElement> votes = browser.driver().findElements(By.cssSelector("input[id*='Field_votes']"));
				assertThat(votes).as("one vote field per nominee still proposed").hasSize(1);
				browser.visible(By.xpath("//label[contains(normalize-space(.),'Nguyễn Văn An')]"));
				// leave the field as a person does: form-js takes a number when its input settles
				votes.get(0).sendKeys("8", Keys.TAB);
				browser.shot("forms-02-council-vote");
				complete(browser);
				browser.until(d -> dossiers.events(id).stream().anyMatch(e -> e.action().name().equals("COUNCIL_VOTED")));
				driver.runJobs();

				login(browser, "giaothuy.chutich");
				openTask(browser, id, "sign");
				browser.click(browser.clickable(By.xpath("//label[normalize-space(.)='Ký']")));
				browser.shot("forms-03-sign");
				complete(browser);
				browser.until(d -> dossiers.events(id).stream().anyMatch(e -> e.action().name().equals("DECISION_SIGNED")));
				driver.runJobs();
			}
			catch (RuntimeException | Error ex) {
				browser.shot("forms-99-failure");
				browser.dumpPage("forms-99-failure");
				throw ex;
			}
		}
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(registry.ofDossier(id)).extracting(a -> a.recipientName()).containsExactly("Nguyễn Văn An");
		assertThat(decisions.find(id).orElseThrow().signer()).isEqualTo("giaothuy.chutich");
	}

	private void login(Browser browser, String user) {
		browser.driver().manage().deleteAllCookies();
		browser.go("/camunda/app/tasklist/default/");
		browser.visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
		browser.driver().findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
		browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
		browser.visible(By.cssSelector(".tasks-list, [cam-tasks]"));
	}

	private void openTask(Browser browser, String dossierId, String key) {
		String taskId = driver.task(dossierId, key).getId();
		browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
		browser.click(browser.clickable(By.xpath("//*[self::button or self::a][contains(normalize-space(.),'Claim')]")));
		browser.visible(By.cssSelector(".fjs-container"));
	}

	private void complete(Browser browser) {
		browser.click(browser.clickable(By.xpath("//button[normalize-space(.)='Complete']")));
	}

}
