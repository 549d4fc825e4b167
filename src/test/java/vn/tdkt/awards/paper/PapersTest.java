package vn.tdkt.awards.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.awards.support.ProcessDriver.collective;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.document.DocumentRepository;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DocumentInfo;
import vn.tdkt.awards.nomination.DocumentType;
import vn.tdkt.awards.registry.AwardDecisionService;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Browser;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * The papers the workflow prints: read back from the PDFs (PDFBox) with their Vietnamese intact, numbers and
 * names right, nobody rejected listed, the embedded font covering every character; pages rendered to PNG under
 * target/papers for a human look; listed and downloadable with the dossier's authorization.
 */
@AppTest
class PapersTest {

	static final Path PNG = Path.of("target/papers");

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DocumentRepository documents;

	@Autowired
	AwardDecisionService decisions;

	@Autowired
	PaperService papers;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	PdfRenderer renderer;

	Http http;

	@BeforeEach
	void setUp() throws IOException {
		http = new Http(port);
		Files.createDirectories(PNG);
	}

	@Test
	void aProvincialAward_printsTheDistrictsSubmission_theDecision_andTheCertificates() throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", "NTM_2021_2025",
				// 2024: a year of the movement the seed's report (NongThonMoiReportTest, 2021–2023) does not count
				CommendationKind.PHONG_TRAO, 2024, collective("Hội Nông dân xã Giao Phong"),
				new vn.tdkt.awards.nomination.SubmitDossier.NewNominee(vn.tdkt.awards.award.SubjectType.CA_NHAN,
						"Phạm Văn Sơn", "Chủ tịch Hội Nông dân xã", "UBND xã", "Thành tích xuất sắc", null, null,
						vn.tdkt.awards.nomination.Gender.NAM),
				person("Trần Văn Loại"));
		List<Long> nominees = driver.nomineeIds(id);
		// the district proposes two of the three
		driver.approve(id, "giaothuy.chuyenvien", nominees.get(0), nominees.get(1));
		driver.sign(id, "giaothuy.chutich");

		DocumentInfo submissionDoc = paper(id, PaperService.submissionKey(1));
		assertThat(submissionDoc.type()).isEqualTo(DocumentType.TO_TRINH);
		assertThat(submissionDoc.generated()).isTrue();
		String submission = text(submissionDoc, "submission-bk-tinh");
		String submissionNumber = between(flat(submission), "Số: ", " ");
		assertThat(submissionNumber).matches("\\d+/TTr-UBND");
		assertThat(submissionDoc.fileName()).isEqualTo("to-trinh-" + VietnameseText.slug(submissionNumber) + ".pdf");
		assertThat(flat(submission)).contains("ỦY BAN NHÂN DÂN", "HUYỆN GIAO THỦY",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỜ TRÌNH",
				"Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh",
				"Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Nam Định",
				"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
				"Căn cứ Kế hoạch số 79/KH-UBND ngày 13 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Nam Định",
				"nông thôn mới", "Xét đề nghị của Ủy ban nhân dân xã Giao Phong.",
				"xem xét, quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể, 01 cá nhân",
				"Giao Thủy, ngày", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "Hội Nông dân xã Giao Phong", "Phạm Văn Sơn")
			.doesNotContain("Trần Văn Loại");
		// the closing "./." stays with its last word, never alone on a line
		assertThat(submission.lines().filter(l -> l.contains("./.")).toList()).isNotEmpty()
			.allSatisfy(l -> assertThat(l.trim()).isNotEqualTo("./.").endsWith("quyết định./."));

		// the province's appraiser tells the printed submission from the commune's own uploads
		driver.runJobs();
		String provinceLinks = String.valueOf(taskService.getVariableLocal(driver.task(id, TASK_APPRAISE).getId(),
				"documentLinks"));
		assertThat(provinceLinks).contains("Tờ trình đề nghị khen thưởng (hệ thống lập khi lãnh đạo ký)")
			.contains("Báo cáo thành tích: ");
		driver.approve(id, "namdinh.chuyenvien");
		driver.vote(id, "namdinh.thuky", 15, 13, 12);
		// before signing, the chairman reads the decision as it would be issued: a draft, without a number, kept nowhere
		int stored = documents.ofDossier(id).size();
		String draft;
		try (PDDocument pdf = Loader.loadPDF(papers.preview(id, "namdinh.chutich"))) {
			png(pdf, "decision-preview-bk-tinh");
			draft = flat(new PDFTextStripper().getText(pdf));
		}
		assertThat(draft).contains("DỰ THẢO ĐỂ XEM TRƯỚC KHI KÝ – CHƯA CÓ SỐ, CHƯA CÓ GIÁ TRỊ", "QUYẾT ĐỊNH",
				"Tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể, 01 cá nhân", "Hội Nông dân xã Giao Phong",
				"Phạm Văn Sơn", "/QĐ-UBND").doesNotContain("Trần Văn Loại");
		assertThat(documents.ofDossier(id)).hasSize(stored);
		driver.sign(id, "namdinh.chutich");
		var decision = decisions.find(id).orElseThrow();
		assertThatThrownBy(() -> papers.preview(id, "namdinh.chutich"))
			.isInstanceOf(vn.tdkt.awards.nomination.DossierStateException.class);

		DocumentInfo decisionDoc = paper(id, PaperService.DECISION);
		assertThat(decisionDoc.type()).isEqualTo(DocumentType.QUYET_DINH);
		String text = flat(text(decisionDoc, "decision-bk-tinh"));
		// the chairman decides in his own competence: no "TM." (on behalf of the committee) above his title
		assertThat(text).doesNotContain("TM. ");
		assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Số: " + decision.number(), "Nam Định, ngày", "QUYẾT ĐỊNH",
				"Về việc tặng Bằng khen của Chủ tịch UBND tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
				"Căn cứ Luật Thi đua, khen thưởng", "Căn cứ Nghị định số 152/2025/NĐ-CP",
				"Xét đề nghị của Chủ tịch Ủy ban nhân dân huyện Giao Thủy tại Tờ trình số " + submissionNumber,
				"và kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng", "Điều 1.",
				"Tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể, 01 cá nhân (có danh sách kèm theo), đã có"
						+ " thành tích xuất sắc trong phong trào thi đua “Nam Định chung sức xây dựng nông thôn mới nâng"
						+ " cao, kiểu mẫu” năm 2024.",
				"Điều 2.", "Điều 3.", "Nơi nhận:", "- Như Điều 3;", "Ủy ban nhân dân huyện Giao Thủy;",
				"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH",
				"(Kèm theo Quyết định số " + decision.number(), "I. TẬP THỂ", "II. CÁ NHÂN",
				"Hội Nông dân xã Giao Phong", "Phạm Văn Sơn", driver.user("namdinh.chutich").displayName())
			.doesNotContain("Trần Văn Loại", "Nghị định số 98/2023");
		assertThat(decisionDoc.fileName()).isEqualTo("quyet-dinh-" + VietnameseText.slug(decision.number()) + ".pdf");
		// a fixed table layout: the list's columns stand where the paper puts them, the same in every group
		assertThat(columnStarts(decisionDoc, "Chức vụ, đơn vị")).hasSize(2).containsOnly(columnStarts(decisionDoc,
				"Chức vụ, đơn vị").get(0));

		DocumentInfo certificates = paper(id, PaperService.CERTIFICATES);
		assertThat(certificates.type()).isEqualTo(DocumentType.BANG_KHEN);
		try (PDDocument pdf = load(certificates)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
			String first = page(pdf, 0);
			assertThat(flat(first)).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "TẶNG", "BẰNG KHEN",
					"Hội Nông dân xã Giao Phong", "Đã có thành tích xuất sắc trong phong trào thi đua",
					"Quyết định số " + decision.number());
			// a person is addressed as the templates do when the gender is known; a collective by its name
			assertThat(flat(page(pdf, 1))).contains("Ông Phạm Văn Sơn").doesNotContain("Hội Nông dân xã Giao Phong");
			assertThat(flat(first)).doesNotContain("Ông Hội", "Bà Hội");
			png(pdf, "certificate-bk-tinh");
		}
		DocumentInfo blank = paper(id, PaperService.CERTIFICATES_BLANK);
		try (PDDocument pdf = load(blank)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			String all = new PDFTextStripper().getText(pdf);
			assertThat(flat(all)).contains("Ông Phạm Văn Sơn", "Quyết định số " + decision.number())
				.doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trần Văn Loại");
			png(pdf, "certificate-bk-tinh-blank");
		}
		for (DocumentInfo doc : List.of(submissionDoc, decisionDoc, certificates, blank)) {
			assertOnlyTheEmbeddedFont(doc);
		}

		// a retried job stores nothing twice
		int before = documents.ofDossier(id).size();
		papers.printDecision(id);
		papers.printSubmission(id, 1);
		assertThat(documents.ofDossier(id)).hasSize(before);

		// listed and downloadable with the dossier's authorization
		JsonNode listed = JSON.readTree(http.get("/api/dossiers/" + id + "/documents", "giaophong.canbo", "demo").body());
		assertThat(listed.findValuesAsText("fileName")).contains(decisionDoc.fileName(), certificates.fileName(),
				blank.fileName(), submissionDoc.fileName());
		var download = http.getBytes("/api/dossiers/" + id + "/documents/" + decisionDoc.id(), "giaophong.canbo", "demo");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
		assertThat(http.getBytes("/api/dossiers/" + id + "/documents/" + decisionDoc.id(), "sotuphap.canbo", "demo")
			.statusCode()).isEqualTo(404);

		// on the dossier's page, in the decision box
		try (Browser browser = Browser.open(port)) {
			browser.login("giaophong.canbo", "demo");
			browser.go("/dossiers/" + id);
			List<String> links = browser.visible(By.id("decision"))
				.findElements(By.cssSelector(".papers a"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(links).containsExactlyInAnyOrder(decisionDoc.fileName(), certificates.fileName(), blank.fileName());
			String href = browser.driver().findElement(By.linkText(decisionDoc.fileName())).getAttribute("href");
			Object size = browser.asyncScript("var done = arguments[arguments.length - 1];"
					+ " fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(b.byteLength));", href);
			assertThat(((Number) size).longValue()).isEqualTo(decisionDoc.size());
			browser.shot("papers-dossier-page");
		}
	}

	/**
	 * A submission's number is taken and committed in a short transaction of its own, not held through rendering:
	 * seen by another transaction while the printing one is still open, kept when that one rolls back (no document),
	 * and the same number printed by the retry.
	 */
	@Test
	void theSubmissionsNumber_isCommittedBeforeRendering_andKeptForTheRetry() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Người có số tờ trình"));
		driver.approve(id, "giaothuy.chuyenvien");
		driver.completeLeavingJobs(id, TASK_SIGN, "giaothuy.chutich", "outcome", "SIGN");
		var outer = new org.springframework.transaction.support.TransactionTemplate(transactions);
		var other = new org.springframework.transaction.support.TransactionTemplate(transactions);
		other.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		String[] seen = new String[1];
		outer.executeWithoutResult(status -> {
			String number = papers.printSubmission(id, 1);
			seen[0] = other.execute(s -> jdbc.sql("select number from submission where dossier_id = ? and hop_seq = 1")
				.param(id)
				.query(String.class)
				.optional()
				.orElse(null));
			assertThat(seen[0]).as("visible to another transaction before the printing one ends").isEqualTo(number);
			status.setRollbackOnly();
		});
		assertThat(documents.ofDossier(id)).noneMatch(d -> d.generated());
		driver.runJobs();
		DocumentInfo printed = paper(id, PaperService.submissionKey(1));
		assertThat(printed.fileName()).isEqualTo("to-trinh-" + VietnameseText.slug(seen[0]) + ".pdf");
	}

	@Test
	void aPrimeMinistersAward_citesTheMinistrysSubmission() throws Exception {
		String id = driver.submit("giaothuy.chuyenvien", "GIAO_THUY", "BK_TTG", "NTM_2021_2025",
				CommendationKind.PHONG_TRAO, 2024, person("Nguyễn Thị Hường"));
		driver.fromGiaoThuyToThePrimeMinister(id);

		String ministry = flat(text(paper(id, PaperService.submissionKey(2)), "submission-bnv"));
		String ministryNumber = between(ministry, "Số: ", " ");
		assertThat(ministryNumber).endsWith("/TTr-BNV");
		assertThat(ministry).contains("BỘ NỘI VỤ", "Hà Nội, ngày", "Kính gửi: Thủ tướng Chính phủ",
				"Xét đề nghị của Chủ tịch Ủy ban nhân dân tỉnh Nam Định tại Tờ trình số", "BỘ TRƯỞNG",
				"Nguyễn Thị Hường");
		var decision = decisions.find(id).orElseThrow();
		String text = flat(text(paper(id, PaperService.DECISION), "decision-bk-ttg"));
		assertThat(text).contains("THỦ TƯỚNG CHÍNH PHỦ", "Số: " + decision.number(), "Hà Nội, ngày",
				"Về việc tặng Bằng khen của Thủ tướng Chính phủ",
				"Xét đề nghị của Bộ trưởng Bộ Nội vụ tại Tờ trình số " + ministryNumber,
				"Tặng Bằng khen của Thủ tướng Chính phủ cho 01 cá nhân", "THỦ TƯỚNG", "Nguyễn Thị Hường",
				driver.user("ttg.thutuong").displayName());
		// the Prime Minister cites the Law on the Government, not a province's plan nor the Law on local government
		assertThat(text).contains("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;")
			.doesNotContain("Căn cứ Kế hoạch", "chính quyền địa phương");
		assertThat(decision.number()).endsWith("/QĐ-TTg");
		assertThat(documents.ofDossier(id)).filteredOn(DocumentInfo::generated)
			.extracting(DocumentInfo::type)
			.containsExactlyInAnyOrder(DocumentType.TO_TRINH, DocumentType.TO_TRINH, DocumentType.TO_TRINH,
					DocumentType.QUYET_DINH, DocumentType.BANG_KHEN, DocumentType.BANG_KHEN);
		try (PDDocument pdf = load(paper(id, PaperService.CERTIFICATES))) {
			assertThat(flat(page(pdf, 0))).contains("THỦ TƯỚNG CHÍNH PHỦ", "BẰNG KHEN", "Nguyễn Thị Hường");
			png(pdf, "certificate-bk-ttg");
		}
	}

	@Test
	void aDepartmentsSubmission_carriesItsSuperiorBodyInTheHeader() throws Exception {
		String id = driver.submit("sotuphap.canbo", "SO_TU_PHAP", "BK_TINH", null, CommendationKind.CONG_TRANG, 2025,
				person("Lê Thị Thu"));
		driver.approve(id, "sotuphap.chuyenvien");
		driver.sign(id, "sotuphap.giamdoc");
		String text = flat(text(paper(id, PaperService.submissionKey(0)), "submission-so-tu-phap"));
		assertThat(text).startsWith("UBND TỈNH NAM ĐỊNH SỞ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.containsPattern("Số: \\d+/TTr-STP Nam Định, ngày")
			.contains("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Nam Định", "GIÁM ĐỐC",
					"đã có thành tích xuất sắc năm 2025", "Lê Thị Thu")
			.doesNotContain("Căn cứ Kế hoạch", "Xét đề nghị của");
	}

	DocumentInfo paper(String dossierId, String key) {
		return documents.findPaper(dossierId, key).orElseThrow(() -> new AssertionError("no paper " + key));
	}

	PDDocument load(DocumentInfo doc) throws IOException {
		return Loader.loadPDF(new RandomAccessReadBuffer(documents.content(doc.id())));
	}

	/** The whole text, and the first page as a PNG for a human look. */
	String text(DocumentInfo doc, String name) throws IOException {
		try (PDDocument pdf = load(doc)) {
			png(pdf, name);
			return new PDFTextStripper().getText(pdf);
		}
	}

	/** Where each line starting with {@code heading} starts on the page, in points from the left, rounded. */
	List<Long> columnStarts(DocumentInfo doc, String heading) throws IOException {
		List<Long> starts = new ArrayList<>();
		try (PDDocument pdf = load(doc)) {
			new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
					if (text.startsWith(heading)) {
						starts.add((long) Math.round(positions.get(0).getXDirAdj()));
					}
				}
			}.getText(pdf);
		}
		return starts;
	}

	static String page(PDDocument pdf, int index) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(index + 1);
		stripper.setEndPage(index + 1);
		return stripper.getText(pdf);
	}

	/** Every page, to look at: the first as {@code name.png}, the next as {@code name-p2.png} and so on. */
	static void png(PDDocument pdf, String name) throws IOException {
		PDFRenderer renderer = new PDFRenderer(pdf);
		for (int page = 0; page < pdf.getNumberOfPages(); page++) {
			BufferedImage image = renderer.renderImageWithDPI(page, 110);
			ImageIO.write(image, "png", PNG.resolve(name + (page == 0 ? "" : "-p" + (page + 1)) + ".png").toFile());
		}
	}

	/** Lines joined with spaces, runs of spaces as one: what a reader reads, whatever the line breaks. */
	static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from)).trim();
	}

	/**
	 * Every font of the PDF is the embedded Liberation Serif (nothing fell back to a font without Vietnamese), and
	 * that font has a glyph for every character of the text.
	 */
	void assertOnlyTheEmbeddedFont(DocumentInfo doc) throws IOException {
		List<String> fonts = new ArrayList<>();
		String text;
		try (PDDocument pdf = load(doc)) {
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("%s in %s", font.getName(), doc.fileName()).isTrue();
					fonts.add(font.getName());
				}
			}
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("LiberationSerif"));
		assertThat(text).doesNotContain("#", "\uFFFD");
		for (String face : PdfRenderer.FACES.keySet()) {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(renderer.font(face)));
			CmapLookup cmap = ttf.getUnicodeCmapLookup();
			text.codePoints()
				.filter(cp -> !Character.isWhitespace(cp))
				.forEach(cp -> assertThat(cmap.getGlyphId(cp)).as("glyph for %s in %s", Character.toString(cp), face)
					.isPositive());
		}
	}

}
