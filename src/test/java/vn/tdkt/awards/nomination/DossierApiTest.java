package vn.tdkt.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TestFiles;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * The nominators' REST API over real HTTP: the SPEC shapes, idempotent submits, every error as a problem response
 * naming the field (and nothing left behind), scoping by org, documents checked by content.
 */
@AppTest
class DossierApiTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String NOMINATOR = "giaophong.canbo";

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequiredDocuments required;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	static Map<String, Object> body(String awardType, Object... overrides) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("submittingOrg", "GIAO_PHONG");
		body.put("awardType", awardType);
		body.put("movement", "NTM_2021_2025");
		body.put("kind", "PHONG_TRAO");
		body.put("year", 2024);
		body.put("title", "Đề nghị khen thưởng nông thôn mới");
		body.put("nominees", List.of(Map.of("subjectType", "CA_NHAN", "name", "Phạm Văn Sơn", "position",
				"Chủ tịch UBND xã"), Map.of("subjectType", "TAP_THE", "name", "Hội Nông dân xã Giao Phong")));
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1] == null) {
				body.remove((String) overrides[i]);
			}
			else {
				body.put((String) overrides[i], overrides[i + 1]);
			}
		}
		return body;
	}

	HttpResponse<String> submit(String user, Map<String, Object> body, String key) throws Exception {
		var request = http.request("/api/dossiers", user, "demo")
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build());
	}

	long dossierCount() {
		return jdbc.sql("select count(*) from dossier").query(Long.class).single();
	}

	static JsonNode json(HttpResponse<String> response) throws Exception {
		return JSON.readTree(response.body());
	}

	/**
	 * What a nominator does as the process is meant to be run: a draft, the documents its award type asks for, then
	 * the draft submitted (an award type that asks for documents cannot be submitted at once).
	 */
	String submitted(String user, Map<String, Object> body) throws Exception {
		Map<String, Object> draft = new java.util.LinkedHashMap<>(body);
		draft.put("draft", true);
		HttpResponse<String> created = submit(user, draft, null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json(created).get("id").asText();
		for (var document : required.required((String) body.get("awardType"), (String) body.get("kind"),
				java.time.LocalDate.now())) {
			HttpResponse<String> uploaded = http.postMultipart("/api/dossiers/" + id + "/documents", user, "demo",
					Map.of("type", document.documentType()), "file", document.documentType() + ".pdf",
					TestFiles.pdf(document.documentType()));
			assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		}
		HttpResponse<String> submittedNow = http.postJson("/api/dossiers/" + id + "/submit", user, "demo", "{}");
		assertThat(submittedNow.statusCode()).as(submittedNow.body()).isEqualTo(200);
		return id;
	}

	/**
	 * Law 06/2022 art. 84: a Prime Minister's Diploma of Merit needs the achievement report and the council's minutes.
	 * Submitted at once it is refused naming them, and nothing is kept; as a draft it waits for them, its submit is
	 * refused while one is missing (still a draft, no process), and goes once both are attached.
	 */
	@Test
	void submit_answersTheSpecShapeWithTheRoute_onceTheRequiredDocumentsAreAttached() throws Exception {
		long before = dossierCount();
		HttpResponse<String> atOnce = submit(NOMINATOR, body("BK_TTG"), null);
		assertProblem(atOnce, 400);
		assertThat(json(atOnce).get("field").asText()).isEqualTo("documents");
		assertThat(json(atOnce).get("detail").asText()).contains("Báo cáo thành tích")
			.contains("Biên bản họp Hội đồng Thi đua - Khen thưởng");
		assertThat(dossierCount()).isEqualTo(before);

		Map<String, Object> draft = body("BK_TTG", "draft", true);
		HttpResponse<String> saved = submit(NOMINATOR, draft, null);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		String id = json(saved).get("id").asText();
		assertThat(saved.headers().firstValue("Location")).hasValue("/api/dossiers/" + id);
		assertThat(json(saved).get("status").asText()).isEqualTo("DRAFT");
		assertThat(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "BAO_CAO_THANH_TICH"), "file", "bao-cao.pdf", TestFiles.pdf("Bao cao")).statusCode())
			.isEqualTo(201);
		HttpResponse<String> early = http.postJson("/api/dossiers/" + id + "/submit", NOMINATOR, "demo", "{}");
		assertProblem(early, 400);
		assertThat(json(early).get("detail").asText()).contains("Biên bản họp Hội đồng Thi đua - Khen thưởng")
			.doesNotContain("Báo cáo thành tích");
		assertThat(json(http.get("/api/dossiers/" + id, NOMINATOR, "demo")).get("status").asText()).isEqualTo("DRAFT");
		assertThat(jdbc.sql("select process_instance_id from dossier where id = ?").param(id).query(String.class)
			.optional()).isEmpty();
		// a reviewer does not see a draft
		assertThat(http.get("/api/dossiers/" + id, "giaothuy.chuyenvien", "demo").statusCode()).isEqualTo(404);
		// an administrator may attach to a draft too (on the submitting org's side: it has no route yet)
		HttpResponse<String> byAdmin = http.postMultipart("/api/dossiers/" + id + "/documents", "admin",
				Http.ADMIN_PASSWORD, Map.of("type", "BIEN_BAN_HOI_DONG"), "file", "bien-ban.pdf", TestFiles.pdf("Bien ban"));
		assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(201);

		HttpResponse<String> created = http.postJson("/api/dossiers/" + id + "/submit", NOMINATOR, "demo", "{}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		assertProblem(http.postJson("/api/dossiers/" + id + "/submit", NOMINATOR, "demo", "{}"), 409);
		JsonNode d = json(created);
		assertThat(d.get("id").asText()).matches("HS-2024-\\d{6}");
		assertThat(d.get("status").asText()).isIn("SUBMITTED", "IN_REVIEW");
		assertThat(d.get("submittingOrg").asText()).isEqualTo("GIAO_PHONG");
		assertThat(d.get("currentOrg").asText()).isEqualTo("GIAO_THUY");
		assertThat(d.get("route").findValuesAsText("org")).containsExactly("GIAO_PHONG", "GIAO_THUY", "NAM_DINH", "BNV", "TTG");
		assertThat(d.get("route").findValuesAsText("level")).containsExactly("UNIT", "DISTRICT", "PROVINCE", "CENTRAL",
				"GOVERNMENT");
		assertThat(d.get("nominees")).hasSize(2).allSatisfy(n -> {
			assertThat(n.has("id")).isTrue();
			assertThat(n.get("status").asText()).isEqualTo("PENDING");
		});
		assertThat(d.get("nominees").get(0).get("subjectType").asText()).isEqualTo("CA_NHAN");
		assertThat(d.get("timeline").findValuesAsText("action")).contains("SUBMITTED");
		assertThat(d.get("timeline").get(0).has("at")).isTrue();
		assertThat(d.get("documents").findValuesAsText("type")).containsExactly("BAO_CAO_THANH_TICH", "BIEN_BAN_HOI_DONG");
	}

	@Test
	void aRepeatedIdempotencyKey_returnsTheSameDossier_evenAtTheSameMoment() throws Exception {
		long before = dossierCount();
		String first = json(submit(NOMINATOR, body("GIAY_KHEN"), "retry-1")).get("id").asText();
		HttpResponse<String> again = submit(NOMINATOR, body("GIAY_KHEN"), "retry-1");
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(json(again).get("id").asText()).isEqualTo(first);
		assertThat(json(submit(NOMINATOR, body("GIAY_KHEN"), "retry-2")).get("id").asText()).isNotEqualTo(first);
		assertThat(dossierCount()).isEqualTo(before + 2);

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<String>> racing = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			racing.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					HttpResponse<String> r = submit(NOMINATOR, body("BK_TINH", "draft", true), "race-1");
					assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
					return json(r).get("id").asText();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		start.countDown();
		List<String> ids = new ArrayList<>();
		for (var r : racing) {
			ids.add(r.get(60, TimeUnit.SECONDS));
		}
		assertThat(ids).containsOnly(ids.get(0));
		assertThat(dossierCount()).isEqualTo(before + 3);
	}

	@Test
	void invalidSubmissions_areProblemsNamingTheField_andLeaveNothingBehind() throws Exception {
		long before = dossierCount();
		assertInvalid(body("BK_TTG", "title", null), "title");
		assertInvalid(body("BK_TTG", "title", "  "), "title");
		assertInvalid(body("BK_TTG", "kind", "FOO"), "kind");
		assertInvalid(body("BK_TTG", "year", "hai nghìn"), "year");
		assertInvalid(body("BK_TTG", "nominees", List.of()), "nominees");
		assertInvalid(body("BK_TTG", "nominees", List.of(Map.of("subjectType", "CA_NHAN"))), "nominees[0].name");
		assertInvalid(body("BK_TTG", "nominees", List.of(Map.of("subjectType", "ROBOT", "name", "x"))),
				"nominees[0].subjectType");
		assertInvalid(body("NOT_AN_AWARD"), "awardType");
		assertInvalid(body("BK_TTG", "movement", "NO_SUCH_MOVEMENT"), "movement");
		assertInvalid(body("BK_TTG", "submittingOrg", "NO_SUCH_ORG"), "submittingOrg");
		assertInvalid(body("CSTD_TINH", "nominees", List.of(Map.of("subjectType", "TAP_THE", "name", "Tập thể"))),
				"nominees[0].subjectType");
		assertInvalid(body("BK_TTG", "year", 3000), "year");
		assertInvalid(body("GIAY_KHEN", "nominees", List.of(Map.of("subjectType", "TAP_THE", "name", "Tổ dân phố",
				"gender", "NU"))), "nominees[0].gender");
		assertInvalid(body("GIAY_KHEN", "nominees", List.of(Map.of("subjectType", "CA_NHAN", "name", "Người",
				"gender", "KHAC"))), "nominees[0].gender");
		HttpResponse<String> notJson = http.postJson("/api/dossiers", NOMINATOR, "demo", "{not json");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(dossierCount()).isEqualTo(before);
	}

	void assertInvalid(Map<String, Object> body, String field) throws Exception {
		HttpResponse<String> response = submit(NOMINATOR, body, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				v -> assertThat(v).startsWith("application/problem+json"));
		JsonNode problem = json(response);
		assertThat(problem.get("field").asText()).as(response.body()).isEqualTo(field);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asText()).isNotBlank();
	}

	@Test
	void submittingForAnotherOrg_isForbidden() throws Exception {
		long before = dossierCount();
		HttpResponse<String> response = submit("sotuphap.canbo", body("BK_TINH"), null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(json(response).get("status").asInt()).isEqualTo(403);
		assertThat(dossierCount()).isEqualTo(before);
	}

	@Test
	void anotherOrgsDossier_doesNotExistForIt_readUploadSupplementWithdraw() throws Exception {
		String id = submitted(NOMINATOR, body("GIAY_KHEN"));
		String other = "sotuphap.canbo";
		assertThat(http.get("/api/dossiers/" + id, other, "demo").statusCode()).isEqualTo(404);
		assertThat(http.get("/api/dossiers/" + id + "/documents", other, "demo").statusCode()).isEqualTo(404);
		assertThat(http.postMultipart("/api/dossiers/" + id + "/documents", other, "demo", Map.of("type", "TO_TRINH"),
				"file", "to-trinh.pdf", TestFiles.pdf("x")).statusCode()).isEqualTo(404);
		assertThat(http.postJson("/api/dossiers/" + id + "/supplement", other, "demo", "{\"comment\":\"x\"}").statusCode())
			.isEqualTo(404);
		assertThat(http.postJson("/api/dossiers/" + id + "/withdraw", other, "demo", "{\"reason\":\"x\"}").statusCode())
			.isEqualTo(404);
		assertThat(http.get("/api/dossiers?size=200", other, "demo").body()).doesNotContain(id);
		assertThat(http.get("/api/dossiers/HS-1999-999999", NOMINATOR, "demo").statusCode()).isEqualTo(404);

		// the district's reviewers see it once it reached them, and may not withdraw it; the province not yet
		assertThat(http.get("/api/dossiers/" + id, "giaothuy.thuky", "demo").statusCode()).isEqualTo(200);
		assertThat(http.get("/api/dossiers/" + id, "namdinh.chuyenvien", "demo").statusCode()).isEqualTo(404);
		assertThat(http.postJson("/api/dossiers/" + id + "/withdraw", "giaothuy.thuky", "demo", "{\"reason\":\"x\"}")
			.statusCode()).isEqualTo(403);
		assertThat(http.get("/api/dossiers/" + id, "admin", Http.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void documents_areCheckedByContentStoredWithChecksumAndDownloadedAsUploaded() throws Exception {
		String id = submitted(NOMINATOR, body("GIAY_KHEN"));
		byte[] pdf = TestFiles.pdf("To trinh de nghi khen thuong");
		HttpResponse<String> uploaded = http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "TO_TRINH"), "file", "Tờ trình số 12.pdf", pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode doc = json(uploaded);
		assertThat(doc.get("contentType").asText()).isEqualTo("application/pdf");
		assertThat(doc.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(doc.get("fileName").asText()).isEqualTo("Tờ trình số 12.pdf");
		assertThat(doc.get("sha256").asText())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		var download = http.getBytes("/api/dossiers/" + id + "/documents/" + doc.get("id").asLong(), "giaothuy.chuyenvien",
				"demo");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(http.getBytes("/api/dossiers/" + id + "/documents/" + doc.get("id").asLong(), "sotuphap.canbo", "demo")
			.statusCode()).isEqualTo(404);

		assertThat(json(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "BAO_CAO_THANH_TICH"), "file", "bao-cao.docx", TestFiles.docx("Báo cáo thành tích")))
			.get("contentType").asText()).endsWith("wordprocessingml.document");
		assertThat(json(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "KHAC"), "file", "danh-sach.xlsx", TestFiles.xlsx("Danh sách")))
			.get("contentType").asText()).endsWith("spreadsheetml.sheet");

		// a text file named .pdf, an executable named .png, a ZIP that is no Office document: refused by content
		assertProblem(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "TO_TRINH"), "file", "gia.pdf", "đây không phải PDF".getBytes()), 415);
		assertProblem(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "TO_TRINH"), "file", "anh.png", new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1 }), 415);
		assertProblem(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "TO_TRINH"), "file", "a.docx", zipWithoutOffice()), 415);
		// a macro-enabled Word file saved as .docx: refused with what to do
		var macros = http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "BAO_CAO_THANH_TICH"), "file", "bao-cao.docx", TestFiles.withMacros(TestFiles.docx("Báo cáo")));
		assertProblem(macros, 415);
		assertThat(json(macros).get("detail").asText()).contains("có macro (VBA)").contains("bao-cao.docx");
		assertProblem(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "TO_TRINH"), "file", "lon.pdf", big(1_500_000)), 413);
		assertProblem(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "NOT_A_TYPE"), "file", "a.pdf", pdf), 400);
		assertProblem(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "TO_TRINH"), null, null, null), 400);
		assertThat(json(http.get("/api/dossiers/" + id + "/documents", NOMINATOR, "demo"))).hasSize(3);
	}

	static byte[] big(int size) {
		byte[] content = new byte[size];
		byte[] head = TestFiles.pdf("x");
		System.arraycopy(head, 0, content, 0, head.length);
		return content;
	}

	static byte[] zipWithoutOffice() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			zip.write("hello".getBytes());
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	void assertProblem(HttpResponse<String> response, int status) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(json(response).get("status").asInt()).isEqualTo(status);
	}

	@Test
	void supplementAnswersAReturnAndWithdrawIsRefusedOnceDecided() throws Exception {
		String id = json(submit(NOMINATOR, body("GIAY_KHEN"), null)).get("id").asText();
		driver.runJobs();
		assertProblem(http.postJson("/api/dossiers/" + id + "/supplement", NOMINATOR, "demo", "{\"comment\":\"sớm\"}"), 409);
		driver.complete(id, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "RETURN", "comment", "Bổ sung chức vụ");
		JsonNode returned = json(http.get("/api/dossiers/" + id, NOMINATOR, "demo"));
		assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
		assertThat(returned.get("supplementDue").isNull()).isFalse();
		long nomineeId = returned.get("nominees").get(0).get("id").asLong();
		assertProblem(http.postJson("/api/dossiers/" + id + "/supplement", NOMINATOR, "demo",
				"{\"comment\":\"x\",\"nominees\":[{\"id\":999999,\"position\":\"x\"}]}"), 400);
		// an empty supplement (no comment, a "correction" that changes nothing, no new document) is refused
		String position = returned.get("nominees").get(0).path("position").asText();
		HttpResponse<String> empty = http.postJson("/api/dossiers/" + id + "/supplement", NOMINATOR, "demo",
				"{\"comment\":\"  \",\"nominees\":[{\"id\":%d,\"position\":\"%s\"}]}".formatted(nomineeId, position));
		assertProblem(empty, 400);
		assertThat(json(empty).get("field").asText()).isEqualTo("comment");
		assertThat(json(empty).get("detail").asText()).startsWith("Chưa có gì để bổ sung");
		JsonNode still = json(http.get("/api/dossiers/" + id, NOMINATOR, "demo"));
		assertThat(still.get("status").asText()).isEqualTo("RETURNED");
		assertThat(still.get("timeline").toString()).doesNotContain("SUPPLEMENTED");
		HttpResponse<String> supplemented = http.postJson("/api/dossiers/" + id + "/supplement", NOMINATOR, "demo",
				"{\"comment\":\"Đã bổ sung chức vụ\",\"nominees\":[{\"id\":%d,\"position\":\"Phó Chủ tịch UBND xã\"}]}"
					.formatted(nomineeId));
		assertThat(supplemented.statusCode()).as(supplemented.body()).isEqualTo(200);
		driver.runJobs();
		JsonNode back = json(http.get("/api/dossiers/" + id, NOMINATOR, "demo"));
		assertThat(back.get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(back.get("nominees").get(0).get("position").asText()).isEqualTo("Phó Chủ tịch UBND xã");
		assertThat(driver.task(id, AwardNominationProcess.TASK_APPRAISE)).isNotNull();

		driver.approve(id, "giaothuy.chuyenvien");
		driver.vote(id, "giaothuy.thuky", 9, 9, 9);
		driver.sign(id, "giaothuy.chutich");
		assertThat(json(http.get("/api/dossiers/" + id, NOMINATOR, "demo")).get("status").asText()).isEqualTo("DECIDED");
		assertProblem(http.postJson("/api/dossiers/" + id + "/withdraw", NOMINATOR, "demo", "{\"reason\":\"muộn\"}"), 409);
		assertProblem(http.postJson("/api/dossiers/" + id + "/withdraw", NOMINATOR, "demo", "{}"), 400);
		assertProblem(http.postMultipart("/api/dossiers/" + id + "/documents", NOMINATOR, "demo",
				Map.of("type", "TO_TRINH"), "file", "muon.pdf", TestFiles.pdf("x")), 409);

		JsonNode awards = json(http.get("/api/awards?awardType=GIAY_KHEN&year=2024&org=GIAO_PHONG", NOMINATOR, "demo"));
		assertThat(awards.findValuesAsText("dossierId")).contains(id);
	}

	@Test
	void withdraw_stopsTheReview() throws Exception {
		String id = submitted(NOMINATOR, body("BK_TINH"));
		driver.runJobs();
		HttpResponse<String> withdrawn = http.postJson("/api/dossiers/" + id + "/withdraw", NOMINATOR, "demo",
				"{\"reason\":\"Xin rút để hoàn thiện thành tích\"}");
		assertThat(withdrawn.statusCode()).isEqualTo(200);
		assertThat(json(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(driver.openTasks(id)).isEmpty();
	}

	@Test
	void theListIsFilteredPagedAndCounted() throws Exception {
		String a = json(submit(NOMINATOR, body("CSTD_CS", "nominees", List.of(Map.of("subjectType", "CA_NHAN", "name",
				"Người A")), "kind", "CONG_TRANG", "movement", null), null)).get("id").asText();
		HttpResponse<String> page = http.get("/api/dossiers?awardType=CSTD_CS&size=1&page=0", NOMINATOR, "demo");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(json(page)).hasSize(1);
		assertThat(Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(1);
		assertThat(json(page).get(0).get("id").asText()).isEqualTo(a);
		assertProblem(http.get("/api/dossiers?size=0", NOMINATOR, "demo"), 400);
		assertProblem(http.get("/api/dossiers?status=NONSENSE", NOMINATOR, "demo"), 400);
	}

	@Test
	void theList_showsAReviewerTheDossiersThatReachedItsOrg_andNoOthers() throws Exception {
		String id = submitted(NOMINATOR, body("BK_TINH"));
		driver.runJobs();
		assertThat(listed("giaothuy.chuyenvien", "")).contains(id);
		assertThat(listed("namdinh.chuyenvien", "")).doesNotContain(id);
		assertThat(listed("admin", "&org=NAM_DINH")).doesNotContain(id);
		assertThat(listed("admin", "&org=GIAO_THUY")).contains(id);

		driver.approve(id, "giaothuy.chuyenvien");
		driver.sign(id, "giaothuy.chutich");
		driver.runJobs();
		assertThat(listed("namdinh.chuyenvien", "")).contains(id);
		assertThat(listed("admin", "&org=NAM_DINH")).contains(id);
		assertThat(listed("giaothuy.chuyenvien", "")).contains(id);
		assertThat(listed("sotuphap.canbo", "")).doesNotContain(id);
		assertThat(listed(NOMINATOR, "")).contains(id);
		assertThat(listed("admin", "")).contains(id);
	}

	/** The ids a user's list shows; whole (the test's dossiers fit in a page), so the total counts exactly them. */
	List<String> listed(String user, String query) throws Exception {
		HttpResponse<String> page = http.get("/api/dossiers?size=200" + query, user, user.equals("admin") ? Http.ADMIN_PASSWORD : "demo");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		List<String> ids = json(page).findValuesAsText("id");
		assertThat(ids).hasSizeLessThan(200).doesNotHaveDuplicates();
		assertThat(Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow())).as(user + query)
			.isEqualTo(ids.size());
		return ids;
	}

	@Test
	void objectionsDuringThePosting_openAVerification() throws Exception {
		// an order is posted publicly at the province (a BK_TTG is not)
		String id = submitted(NOMINATOR, body("HCLD3"));
		driver.runJobs();
		driver.approve(id, "giaothuy.chuyenvien");
		driver.sign(id, "giaothuy.chutich");
		driver.approve(id, "namdinh.chuyenvien");
		long nomineeId = json(http.get("/api/dossiers/" + id, NOMINATOR, "demo")).get("nominees").get(0).get("id").asLong();
		String objection = "{\"nomineeId\":%d,\"content\":\"Phản ánh về thành tích\"}".formatted(nomineeId);
		assertProblem(http.postJson("/api/dossiers/" + id + "/objections", NOMINATOR, "demo", objection), 403);
		HttpResponse<String> received = http.postJson("/api/dossiers/" + id + "/objections", "namdinh.chuyenvien", "demo",
				objection);
		assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
		assertThat(driver.task(id, AwardNominationProcess.TASK_VERIFY_OBJECTION)).isNotNull();
	}

	@Test
	void theOpenApiDescriptionIsServed() throws Exception {
		HttpResponse<String> docs = http.get("/v3/api-docs", null, null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(json(docs).get("paths").has("/api/dossiers/{id}/supplement")).isTrue();
		assertThat(http.get("/swagger-ui/index.html", null, null).statusCode()).isEqualTo(200);
	}

}
