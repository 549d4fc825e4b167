package vn.tdkt.awards.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.registry.AwardDecisionService;
import vn.tdkt.awards.registry.AwardRegistry;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TasklistPage;

/**
 * The Camunda Forms of the reviewer contract, used in Tasklist in a real browser by each level's demo users: a
 * BK_TTG dossier of xã Giao Phong through Giao Thủy, Nam Định (with its council vote), Bộ Nội vụ and the Prime
 * Minister, who signs the decision with a number typed in the form. Screenshots under target/screenshots/.
 */
@AppTest
class TasklistBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	AwardDecisionService decisions;

	@Autowired
	AwardRegistry registry;

	@Test
	void aBkTtgDossierClimbsEveryLevelInTasklist() throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TTG", ProcessDriver.person("Nguyễn Văn An"),
				ProcessDriver.person("Trần Thị Bình"));
		try (Browser browser = Browser.open(port)) {
			try {
				// huyện Giao Thủy: one of the two nominees goes on
				login(browser, "giaothuy.chuyenvien");
				openTask(browser, id, TASK_APPRAISE);
				browser.visible(By.xpath("//*[contains(text(),'" + id + "')]"));
				appraise(browser, "Trần Thị Bình");
				browser.shot("tasklist-01-district-appraise");
				complete(browser);
				awaitEvent(id, "APPRAISED", 1);
				assertThat(dossiers.nominees(id)).extracting(Nominee::status)
					.containsExactly(NomineeStatus.PENDING, NomineeStatus.NOT_AWARDED);
				sign(browser, "giaothuy.chutich", id, null, 1);

				// tỉnh Nam Định: appraisal, council vote (a BK_TTG is not posted publicly), submission to the centre
				login(browser, "namdinh.chuyenvien");
				openTask(browser, id, TASK_APPRAISE);
				appraise(browser);
				complete(browser);
				awaitEvent(id, "APPRAISED", 2);
				login(browser, "namdinh.thuky");
				openTask(browser, id, TASK_COUNCIL_VOTE);
				browser.visible(By.cssSelector("input[id$='Field_membersTotal']")).sendKeys("15", Keys.TAB);
				browser.visible(By.cssSelector("input[id$='Field_membersPresent']")).sendKeys("14", Keys.TAB);
				List<WebElement> votes = browser.driver().findElements(By.cssSelector("input[id*='Field_votes']"));
				assertThat(votes).as("one vote field per nominee still proposed").hasSize(1);
				browser.visible(By.xpath("//label[contains(normalize-space(.),'Nguyễn Văn An')]"));
				// leave the field as a person does: form-js takes a number when its input settles
				votes.get(0).sendKeys("13", Keys.TAB);
				browser.shot("tasklist-02-province-council-vote");
				complete(browser);
				awaitEvent(id, "COUNCIL_VOTED", 1);
				sign(browser, "namdinh.chutich", id, null, 2);

				// Bộ Nội vụ, then the Prime Minister's office decides with a number of its own
				login(browser, "bnv.chuyenvien");
				openTask(browser, id, TASK_APPRAISE);
				appraise(browser);
				complete(browser);
				awaitEvent(id, "APPRAISED", 3);
				sign(browser, "bnv.botruong", id, null, 3);
				login(browser, "vpcp.chuyenvien");
				openTask(browser, id, TASK_APPRAISE);
				appraise(browser);
				complete(browser);
				awaitEvent(id, "APPRAISED", 4);
				sign(browser, "ttg.thutuong", id, "88/QĐ-TTg", 1);
			}
			catch (RuntimeException | Error ex) {
				browser.shot("tasklist-99-failure");
				browser.dumpPage("tasklist-99-failure");
				throw ex;
			}
		}
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(registry.ofDossier(id)).extracting(a -> a.recipientName()).containsExactly("Nguyễn Văn An");
		var decision = decisions.find(id).orElseThrow();
		assertThat(decision.number()).isEqualTo("88/QĐ-TTg");
		assertThat(decision.signer()).isEqualTo("ttg.thutuong");
	}

	/** Approves, leaving out the nominees named (the checklist starts with everyone still proposed ticked). */
	private void appraise(Browser browser, String... leftOut) {
		browser.clickUntil(By.xpath("//label[contains(normalize-space(.),'Đề nghị (chuyển ký duyệt)')]"),
				By.xpath("//label[contains(normalize-space(.),'Nguyễn Văn An')]"));
		for (String nominee : leftOut) {
			browser.click(browser.clickable(By.xpath("//label[contains(normalize-space(.),'" + nominee + "')]")));
		}
		browser.visible(By.cssSelector("textarea[id$='Field_comment']")).sendKeys("Đủ điều kiện, đề nghị cấp trên xem xét");
	}

	/** The leader signs: the submission upward, or at the deciding level the decision (with a typed number). */
	private void sign(Browser browser, String leader, String dossierId, String decisionNumber, int times) {
		login(browser, leader);
		openTask(browser, dossierId, TASK_SIGN);
		browser.click(browser.clickable(By.xpath("//label[normalize-space(.)='Ký']")));
		String event = "SUBMISSION_SIGNED";
		if (decisionNumber != null) {
			browser.visible(By.cssSelector("input[id$='Field_decisionNumber']")).sendKeys(decisionNumber, Keys.TAB);
			browser.shot("tasklist-03-prime-minister-signs");
			event = "DECISION_SIGNED";
		}
		complete(browser);
		awaitEvent(dossierId, event, times);
	}

	private void awaitEvent(String dossierId, String action, int count) {
		for (int i = 0; i < 120; i++) {
			if (dossiers.events(dossierId).stream().filter(e -> e.action().name().equals(action)).count() >= count) {
				driver.runJobs();
				return;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("no %d× %s for %s".formatted(count, action, dossierId));
	}

	private void login(Browser browser, String user) {
		new TasklistPage(browser).login(user);
	}

	private void openTask(Browser browser, String dossierId, String key) {
		String prefix = switch (key) {
			case TASK_APPRAISE -> "Thẩm định hồ sơ";
			case TASK_COUNCIL_VOTE -> "Hội đồng TĐKT bỏ phiếu";
			default -> "Ký ";
		};
		new TasklistPage(browser).open(prefix, dossierId);
	}

	private void complete(Browser browser) {
		new TasklistPage(browser).complete();
	}

}
