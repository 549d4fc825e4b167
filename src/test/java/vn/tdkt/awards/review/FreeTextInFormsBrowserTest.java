package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.document.DocumentService;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DocumentType;
import vn.tdkt.awards.nomination.DossierService;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.nomination.SubmitDossier;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TasklistPage;
import vn.tdkt.awards.support.TestFiles;

/**
 * What a nominator types is data in a reviewer's Tasklist form, never markup: a title, a nominee and a file name
 * carrying a markdown link, an image, an autolink and HTML show as the same text, and no link or image of theirs is
 * in the page.
 */
@AppTest
class FreeTextInFormsBrowserTest {

	static final String HOSTILE = "[Bấm vào đây](https://evil.example/a) ![ảnh](https://evil.example/x.png)"
			+ " <img src=x onerror=alert(1)> <b>đậm</b> https://evil.example/tu-dong *nghiêng*";

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierService dossierService;

	@Autowired
	DocumentService documents;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void linksImagesAndHtmlFromANominator_renderAsText() throws Exception {
		String id = dossierService.submit(new SubmitDossier("GIAO_PHONG", "GIAY_KHEN", "NTM_2021_2025",
				CommendationKind.PHONG_TRAO, 2024, "Trích yếu " + HOSTILE,
				List.of(new NewNominee(SubjectType.CA_NHAN, "Ông " + HOSTILE, "Chức vụ <i>x</i>", "UBND xã",
						"Thành tích [xem](https://evil.example/b)")), null), driver.user("giaophong.canbo"));
		// the mail that tells the nominator the dossier was received quotes the title as text, not markup
		String mail = jdbc.sql("select html_body from mail_outbox where dossier_id = ? and kind = 'DOSSIER_RECEIVED'")
			.param(id)
			.query(String.class)
			.list()
			.get(0);
		assertThat(mail).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x", "<b>đậm");
		documents.upload(id, DocumentType.TO_TRINH, "[tep](https:evil.example).pdf", TestFiles.pdf("To trinh"),
				driver.user("giaophong.canbo"));
		driver.runJobs();
		try (Browser browser = Browser.open(port)) {
			try {
				TasklistPage tasklist = new TasklistPage(browser);
				tasklist.login("giaothuy.chuyenvien");
				tasklist.open("Thẩm định hồ sơ", id);
				WebElement form = browser.visible(By.cssSelector(".fjs-container"));
				browser.shot("free-text-01-appraise");
				String text = form.getText();
				assertThat(text).contains("Trích yếu [Bấm vào đây](https://evil.example/a)")
					.contains("<img src=x onerror=alert(1)> <b>đậm</b>")
					.contains("*nghiêng*");
				List<String> links = form.findElements(By.cssSelector("a"))
					.stream()
					.map(a -> String.valueOf(a.getAttribute("href")))
					.toList();
				assertThat(links).isNotEmpty().noneMatch(href -> href.contains("evil.example"));
				assertThat(form.findElements(By.cssSelector("img, script, iframe"))).isEmpty();
				// our own emphasis stays (names in bold, the eligibility note in italics); theirs is text
				assertThat(form.findElements(By.cssSelector("b, strong, em, i"))).allSatisfy(element -> {
					assertThat(element.getText()).doesNotStartWith("đậm").doesNotStartWith("nghiêng").isNotEqualTo("x");
					assertThat(element.getText()).satisfiesAnyOf(t -> assertThat(t).doesNotContain("<b>"),
							t -> assertThat(t).contains("<b>đậm</b>"));
				});
			}
			catch (RuntimeException | Error ex) {
				browser.shot("free-text-99-failure");
				browser.dumpPage("free-text-99-failure");
				throw ex;
			}
		}
	}

}
