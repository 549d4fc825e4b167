package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;

/**
 * One user store, checked over real HTTP: engine-rest, our API, the Tasklist login. Wrong passwords are tried on
 * an account no other test uses: Camunda locks an account for a few seconds after a failed login.
 */
@AppTest
class SecurityTest {

	static final String PROBED = "bnv.thuky";

	@LocalServerPort
	int port;

	@Test
	void engineRestNeedsCredentials() {
		Http http = new Http(port);
		assertThat(http.get("/engine-rest/task", null, null).statusCode()).isEqualTo(401);
		assertThat(http.get("/engine-rest/task", PROBED, "wrong").statusCode()).isEqualTo(401);
		assertThat(http.get("/engine-rest/task", "admin", Http.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void apiNeedsCredentialsAndAnswersWithAProblem() {
		Http http = new Http(port);
		HttpResponse<String> anonymous = http.get("/api/dossiers", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
				v -> assertThat(v).startsWith("application/problem+json"));
		// no Basic challenge: a browser must not pop a dialog and cache credentials for the API
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
		for (int i = 0; i < 4; i++) {
			assertThat(http.get("/api/dossiers", PROBED, "wrong").statusCode()).isEqualTo(401);
		}
		// after repeated failures the account is held for a while, even with the right password
		assertThat(http.get("/api/dossiers", PROBED, "demo").statusCode()).isEqualTo(401);
		HttpResponse<String> admin = http.get("/api/dossiers", "admin", Http.ADMIN_PASSWORD);
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.headers().firstValue("X-Total-Count")).isPresent();
	}

	@Test
	void healthIsPublicAndUp() {
		HttpResponse<String> health = new Http(port).get("/actuator/health", null, null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void aDemoReviewerLogsInToTasklist() {
		Http http = new Http(port);
		HttpResponse<String> page = http.get("/camunda/app/tasklist/default/", null, null);
		assertThat(page.statusCode()).isEqualTo(200);
		String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = http.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=giaothuy.chuyenvien&password=demo", "X-XSRF-TOKEN", token);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("\"userId\":\"giaothuy.chuyenvien\"").contains("tasklist");

		HttpResponse<String> refused = new Http(port).postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=" + PROBED + "&password=wrong", "X-XSRF-TOKEN", token);
		assertThat(refused.statusCode()).isNotEqualTo(200);
	}


	@Test
	void pagesUseFormLoginAndRefuseAPostWithoutItsCsrfToken() {
		Http http = new Http(port);
		assertThat(http.get("/dossiers", null, null).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		String loginPage = http.get("/login", null, null).body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(loginPage);
		assertThat(token.find()).as("login form carries a CSRF token").isTrue();
		HttpResponse<String> login = http.postForm("/login",
				"username=giaophong.canbo&password=demo&_csrf=" + token.group(1));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/dossiers"));
		assertThat(http.get("/dossiers", null, null).statusCode()).isEqualTo(200);
		// a form post without the token (as a forged cross-site request would be) is refused
		assertThat(http.postForm("/dossiers/HS-2024-000001/withdraw", "reason=forged").statusCode()).isEqualTo(403);
	}

}
