package vn.tdkt.awards.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TestFiles;

/**
 * Accounts and browsers, over real HTTP: one logout ends the session everywhere, writes from another site's page are
 * refused while scripts keep working, no Basic challenge, no deployment through the API, the engine's metrics for
 * administrators, the password policy on every way a password is set, CSP and SameSite, text that could print
 * reversed or invisibly refused, and an Idempotency-Key reused for another dossier.
 */
@AppTest
class AccountsAndBrowsersTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String EVIL = "http://evil.example";

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	JdbcClient jdbc;

	/** Logs in to Tasklist in this client's session; returns the XSRF token that goes with it. */
	String tasklistLogin(Http http, String user, String password) {
		String token = http.get("/camunda/app/tasklist/default/", null, null).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = http.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=%s&password=%s".formatted(user, password), "X-XSRF-TOKEN", token);
		assertThat(login.statusCode()).isEqualTo(200);
		return login.headers().firstValue("X-XSRF-TOKEN").orElseGet(
				() -> http.get("/camunda/app/tasklist/default/", null, null).headers().firstValue("X-XSRF-TOKEN").orElseThrow());
	}

	/** Logs in on our login page in this client's session. */
	HttpResponse<String> pagesLogin(Http http, String user, String password) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(http.get("/login", null, null).body());
		assertThat(token.find()).isTrue();
		return http.postForm("/login", "username=%s&password=%s&_csrf=%s".formatted(user, password, token.group(1)));
	}

	static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	@Test
	void loggingOutOfTasklist_logsOutOfOurPages_andTheOtherWayRound() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người đăng xuất"));
		Http http = new Http(port);
		String xsrf = tasklistLogin(http, "giaothuy.chuyenvien", "demo");
		assertThat(http.get("/dossiers/" + id, null, null).statusCode()).isEqualTo(200);
		assertThat(http.postForm("/camunda/api/admin/auth/user/default/logout", "", "X-XSRF-TOKEN", xsrf).statusCode())
			.isEqualTo(200);
		HttpResponse<String> after = http.get("/dossiers/" + id, null, null);
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

		Http pages = new Http(port);
		assertThat(pagesLogin(pages, "giaothuy.chuyenvien", "demo").statusCode()).isEqualTo(302);
		assertThat(pages.get("/camunda/api/admin/auth/user/default", null, null).statusCode()).isEqualTo(200);
		String dossierPage = pages.get("/dossiers/" + id, null, null).body();
		assertThat(pages.postForm("/logout", "_csrf=" + csrf(dossierPage)).statusCode()).isEqualTo(302);
		assertThat(pages.get("/camunda/api/admin/auth/user/default", null, null).statusCode()).isNotEqualTo(200);
		assertThat(pages.get("/dossiers/" + id, null, null).statusCode()).isEqualTo(302);
	}

	@Test
	void writesFromAnotherSitesPage_areRefused_whileScriptsWithoutAnOriginWork() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người có tài liệu"));
		Http http = new Http(port);
		long documents = count("select count(*) from document");
		HttpResponse<String> forged = send(http, multipart("/api/dossiers/" + id + "/documents", "giaophong.canbo", "demo",
				Map.of("type", "TO_TRINH"), "to-trinh.pdf", TestFiles.pdf("To trinh")).header("Origin", EVIL));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("trang web khác");
		HttpResponse<String> fetchMetadata = send(http, multipart("/api/dossiers/" + id + "/documents", "giaophong.canbo",
				"demo", Map.of("type", "TO_TRINH"), "to-trinh.pdf", TestFiles.pdf("To trinh"))
			.header("Sec-Fetch-Site", "cross-site"));
		assertThat(fetchMetadata.statusCode()).isEqualTo(403);
		assertThat(count("select count(*) from document")).isEqualTo(documents);
		HttpResponse<String> script = send(http, multipart("/api/dossiers/" + id + "/documents", "giaophong.canbo", "demo",
				Map.of("type", "TO_TRINH"), "to-trinh.pdf", TestFiles.pdf("To trinh")));
		assertThat(script.statusCode()).isEqualTo(201);
		HttpResponse<String> sameOrigin = send(http, multipart("/api/dossiers/" + id + "/documents", "giaophong.canbo",
				"demo", Map.of("type", "TO_TRINH"), "to-trinh-2.pdf", TestFiles.pdf("To trinh 2"))
			.header("Origin", "http://localhost:" + port));
		assertThat(sameOrigin.statusCode()).isEqualTo(201);

		String csv = "award_type,year,movement,kind,subject_type,recipient_name,recipient_org,org_code,authority_org,decision_number,decision_date\n"
				+ "BK_TINH,2017,,CONG_TRANG,CA_NHAN,Người nhập,Trường,GIAO_PHONG,NAM_DINH,7/QĐ-UBND,2017-12-20\n";
		long awards = count("select count(*) from award");
		assertThat(send(http, multipart("/api/awards/import", "admin", Http.ADMIN_PASSWORD, Map.of(), "a.csv",
				csv.getBytes(StandardCharsets.UTF_8)).header("Origin", EVIL)).statusCode()).isEqualTo(403);
		assertThat(count("select count(*) from award")).isEqualTo(awards);
		assertThat(send(http, multipart("/api/awards/import", "admin", Http.ADMIN_PASSWORD, Map.of(), "a.csv",
				csv.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(200);

		// deployment through the REST API is off (the application deploys bpmn/ itself), from anywhere
		long deployments = count("select count(*) from act_re_deployment");
		for (String origin : new String[] { EVIL, null }) {
			var request = multipart("/engine-rest/deployment/create", "admin", Http.ADMIN_PASSWORD,
					Map.of("deployment-name", "evil"), "evil.bpmn", "<definitions/>".getBytes(StandardCharsets.UTF_8));
			if (origin != null) {
				request.header("Origin", origin);
			}
			assertThat(send(http, request).statusCode()).isEqualTo(403);
		}
		assertThat(count("select count(*) from act_re_deployment")).isEqualTo(deployments);
	}

	@Test
	void apisAnswer401WithoutABasicChallenge() {
		Http http = new Http(port);
		for (String path : List.of("/api/dossiers", "/engine-rest/task", "/actuator/mailoutbox")) {
			HttpResponse<String> anonymous = http.get(path, null, null);
			assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
			assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
			HttpResponse<String> wrong = http.get(path, "giaophong.canbo", "wrong-password");
			assertThat(wrong.statusCode()).as(path).isEqualTo(401);
			assertThat(wrong.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
		}
		assertThat(http.get("/api/dossiers", "giaophong.canbo", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void metricsAndJobDefinitions_areForAdministratorsOnly() {
		Http http = new Http(port);
		for (String path : List.of("/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/job-definition",
				"/engine-rest/metrics")) {
			assertThat(http.get(path, "giaothuy.chuyenvien", "demo").statusCode()).as(path).isEqualTo(403);
			assertThat(http.get(path, "admin", Http.ADMIN_PASSWORD).statusCode()).as(path).isEqualTo(200);
		}
		Http tasklist = new Http(port);
		tasklistLogin(tasklist, "giaothuy.chuyenvien", "demo");
		assertThat(tasklist.get("/camunda/api/engine/engine/default/job-definition", null, null).statusCode()).isEqualTo(403);
	}

	@Test
	void thePasswordPolicy_holdsForEveryUser_theAdministratorIncluded() throws Exception {
		Http http = new Http(port);
		HttpResponse<String> policy = http.get("/engine-rest/identity/password-policy", "giaophong.canbo", "demo");
		assertThat(policy.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(policy.body()).findValuesAsText("placeholder")).contains("PASSWORD_POLICY_LENGTH",
				"PASSWORD_POLICY_USER_DATA");

		// a user's own change, through engine-rest
		HttpResponse<String> weak = http.send(json("/engine-rest/user/giaophong.canbo/credentials", "giaophong.canbo", "demo",
				Map.of("password", "a", "authenticatedUserPassword", "demo")).PUT(body(Map.of("password", "a",
						"authenticatedUserPassword", "demo"))).build());
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("Mật khẩu chưa đạt yêu cầu").contains("10");
		// the administrator's own, and a new user the administrator creates
		assertThat(http.send(json("/engine-rest/user/admin/credentials", "admin", Http.ADMIN_PASSWORD, null)
			.PUT(body(Map.of("password", "admin12345", "authenticatedUserPassword", Http.ADMIN_PASSWORD))).build())
			.statusCode()).isEqualTo(400);
		assertThat(http.send(json("/engine-rest/user/create", "admin", Http.ADMIN_PASSWORD, null)
			.POST(body(Map.of("profile", Map.of("id", "nguoimoi", "firstName", "Mới", "lastName", "Người"), "credentials",
					Map.of("password", "nguoimoi2026!A")))).build()).statusCode()).isEqualTo(400);
		assertThat(count("select count(*) from act_id_user where id_ = 'nguoimoi'")).isZero();
		assertThat(http.send(json("/engine-rest/user/create", "admin", Http.ADMIN_PASSWORD, null)
			.POST(body(Map.of("profile", Map.of("id", "nguoimoi", "firstName", "Mới", "lastName", "Người"), "credentials",
					Map.of("password", "Thi-dua-2026!")))).build()).statusCode()).isEqualTo(204);
		// and through the administrators' webapp (Camunda Admin's own API, session and XSRF token)
		Http admin = new Http(port);
		String xsrf = tasklistLogin(admin, "admin", Http.ADMIN_PASSWORD);
		HttpResponse<String> viaAdmin = admin.send(admin.request("/camunda/api/engine/engine/default/user/create", null, null)
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(body(Map.of("profile", Map.of("id", "nguoiyeu", "firstName", "Yếu", "lastName", "Người"), "credentials",
					Map.of("password", "123"))))
			.build());
		assertThat(viaAdmin.statusCode()).isEqualTo(400);
		assertThat(count("select count(*) from act_id_user where id_ = 'nguoiyeu'")).isZero();
	}

	@Test
	void ourPagesSendAContentSecurityPolicy_andSessionCookiesAreSameSiteLax() {
		Http http = new Http(port);
		HttpResponse<String> login = http.get("/login", null, null);
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
		Http tasklist = new Http(port);
		HttpResponse<String> app = tasklist.get("/camunda/app/tasklist/default/", null, null);
		assertThat(app.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void textThatWouldPrintReversedOrInvisibly_isRefusedNamingTheField() throws Exception {
		Http http = new Http(port);
		long dossiers = count("select count(*) from dossier");
		for (var nominee : List.of(Map.of("subjectType", "CA_NHAN", "name", "Nguy\u202Eễn Văn A"),
				Map.of("subjectType", "CA_NHAN", "name", "\u200B\u200B\u200B"),
				Map.of("subjectType", "CA_NHAN", "name", "Trần\u0000Văn"))) {
			HttpResponse<String> refused = submit(http, Map.of("nominees", List.of(nominee)), null);
			assertThat(refused.statusCode()).as(nominee.toString()).isEqualTo(400);
			assertThat(JSON.readTree(refused.body()).get("field").asText()).isEqualTo("nominees[0].name");
		}
		assertThat(count("select count(*) from dossier")).isEqualTo(dossiers);

		// a name typed with combining marks is stored precomposed (NFC)
		HttpResponse<String> decomposed = submit(http, Map.of("nominees", List.of(Map.of("subjectType", "CA_NHAN", "name",
				"Nguye\u0302\u0303n Thi\u0323 Hoa"))), null);
		assertThat(decomposed.statusCode()).isEqualTo(201);
		String id = JSON.readTree(decomposed.body()).get("id").asText();
		assertThat(jdbc.sql("select name from nominee where dossier_id = ?").param(id).query(String.class).single())
			.isEqualTo("Nguyễn Thị Hoa");

		long documents = count("select count(*) from document");
		for (String name : new String[] { "to\u0000trinh.pdf", "to-trinh\u202Efdp.exe", "x".repeat(1000) + ".pdf" }) {
			HttpResponse<String> upload = send(http, multipart("/api/dossiers/" + id + "/documents", "giaophong.canbo",
					"demo", Map.of("type", "TO_TRINH"), name, TestFiles.pdf("To trinh")));
			assertThat(upload.statusCode()).as(name.substring(0, 12)).isEqualTo(400);
			assertThat(JSON.readTree(upload.body()).get("field").asText()).isEqualTo("file");
			assertThat(upload.body()).doesNotContain("MB");
		}
		assertThat(count("select count(*) from document")).isEqualTo(documents);
	}

	@Test
	void anIdempotencyKeyReusedForAnotherDossier_is422NamingTheKey() throws Exception {
		Http http = new Http(port);
		HttpResponse<String> first = submit(http, Map.of(), "ho-so-1");
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(submit(http, Map.of(), "ho-so-1").body()).get("id").asText())
			.isEqualTo(JSON.readTree(first.body()).get("id").asText());
		long dossiers = count("select count(*) from dossier");
		HttpResponse<String> other = submit(http, Map.of("title", "Một hồ sơ khác"), "ho-so-1");
		assertThat(other.statusCode()).isEqualTo(422);
		JsonNode problem = JSON.readTree(other.body());
		assertThat(problem.get("field").asText()).isEqualTo("Idempotency-Key");
		assertThat(problem.get("detail").asText()).contains("ho-so-1");
		assertThat(count("select count(*) from dossier")).isEqualTo(dossiers);
	}

	HttpResponse<String> submit(Http http, Map<String, Object> overrides, String key) throws Exception {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("submittingOrg", "GIAO_PHONG");
		body.put("awardType", "GIAY_KHEN");
		body.put("movement", "NTM_2021_2025");
		body.put("kind", "PHONG_TRAO");
		body.put("year", 2024);
		body.put("title", "Đề nghị khen thưởng nông thôn mới");
		body.put("nominees", List.of(Map.of("subjectType", "CA_NHAN", "name", "Phạm Văn Sơn")));
		body.putAll(overrides);
		var request = json("/api/dossiers", "giaophong.canbo", "demo", null).POST(body(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build());
	}

	HttpRequest.Builder json(String path, String user, String password, Object unused) {
		return new Http(port).request(path, user, password).header("Content-Type", "application/json");
	}

	static HttpRequest.BodyPublisher body(Object value) throws Exception {
		return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value), StandardCharsets.UTF_8);
	}

	HttpRequest.Builder multipart(String path, String user, String password, Map<String, String> fields, String fileName,
			byte[] content) {
		String boundary = "----test" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		try {
			for (var field : fields.entrySet()) {
				body.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n".formatted(boundary,
						field.getKey(), field.getValue())).getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
					+ "Content-Type: application/octet-stream\r\n\r\n").formatted(boundary,
							path.contains("deployment") ? "data" : "file", fileName)
				.getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return new Http(port).request(path, user, password)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	static HttpResponse<String> send(Http http, HttpRequest.Builder request) {
		return http.send(request.build());
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
