package vn.tdkt.awards.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.system.AppClock;

/**
 * Failed logins slow down per account and per address, on every way in, and an anonymous client can never lock an
 * account for good: the sequence that used to lock the administrator permanently (ten wrong passwords, each after the
 * previous hold) ends with the right password working. The engine's clock is moved, nobody waits. Own JVM: it holds
 * the test client's address.
 */
@AppTest
@OwnJvm
@TestPropertySource(properties = { "awards.security.login.address-free-failures=10",
		"awards.security.login.account-free-failures=3" })
class LoginThrottleTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		ClockUtil.reset();
		jdbc.sql("delete from login_throttle").update();
	}

	/** Moves the engine's clock past the hold now in force, if any. */
	void waitOutTheHold(String user) {
		throttle.hold(user, "127.0.0.1")
			.ifPresent(hold -> ClockUtil.setCurrentTime(
					Date.from(hold.until().plusSeconds(1).atZone(AppClock.ZONE).toInstant())));
	}

	/** A minute and more later: past any delay the engine's own lock-out would impose (at most 60 s). */
	void aMinuteLater() {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000));
	}

	@Test
	void tenWrongPasswords_eachAfterTheLastHold_endWithTheRightPasswordWorking() throws Exception {
		Http http = new Http(port);
		for (int attempt = 1; attempt <= 10; attempt++) {
			aMinuteLater();
			waitOutTheHold("admin");
			HttpResponse<String> wrong = http.get("/engine-rest/task", "admin", "sai-" + attempt);
			assertThat(wrong.statusCode()).isEqualTo(401);
			assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
		}
		// held now: even the right password waits, and the answer says for how long
		HttpResponse<String> held = http.get("/engine-rest/task", "admin", Http.ADMIN_PASSWORD);
		assertThat(held.statusCode()).isEqualTo(401);
		assertThat(held.body()).contains("tạm thời bị giữ").contains("temporarily held");
		long seconds = JSON.readTree(held.body()).get("retryAfterSeconds").asLong();
		assertThat(held.headers().firstValue("Retry-After")).hasValue(Long.toString(seconds));
		assertThat(seconds).isPositive().isLessThanOrEqualTo(15 * 60);
		HttpResponse<String> api = http.get("/api/dossiers", "admin", Http.ADMIN_PASSWORD);
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(api.body()).get("detail").asText()).contains("thử lại sau");

		waitOutTheHold("admin");
		assertThat(http.get("/engine-rest/task", "admin", Http.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
		// the engine never locked the account, and the success forgot the failures
		assertThat(identity.checkPassword("admin", Http.ADMIN_PASSWORD)).isTrue();
		assertThat(throttle.hold("admin", "127.0.0.1")).isEmpty();
	}

	@Test
	void manyAccountsFailingFromOneAddress_holdTheAddress_notTheAccounts() {
		Http http = new Http(port);
		for (int i = 0; i < 11; i++) {
			assertThat(http.get("/api/dossiers", "khongco" + i, "sai").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> fromHere = http.get("/api/dossiers", "giaophong.canbo", "demo");
		assertThat(fromHere.statusCode()).isEqualTo(401);
		assertThat(fromHere.body()).contains("Máy này tạm thời bị chặn");
		// the account itself is not held: only this address, for a while
		assertThat(jdbc.sql("select count(*) from login_throttle where subject = 'user:giaophong.canbo'")
			.query(Long.class)
			.single()).isZero();
		waitOutTheHold(null);
		assertThat(http.get("/api/dossiers", "giaophong.canbo", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void ourLoginPageAndTasklist_sayTheAccountIsHeld() throws Exception {
		Http pages = new Http(port);
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> wrong = pagesLogin(pages, "giaophong.canbo", "sai");
			assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
		}
		HttpResponse<String> right = pagesLogin(pages, "giaophong.canbo", "demo");
		assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?held="));
		String page = pages.get(right.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""),
				null, null).body();
		assertThat(page).contains("Tài khoản tạm thời bị giữ vì đăng nhập sai nhiều lần");

		Http tasklist = new Http(port);
		String token = tasklist.get("/camunda/app/tasklist/default/", null, null).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = tasklist.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=giaophong.canbo&password=demo", "X-XSRF-TOKEN", token);
		assertThat(login.statusCode()).isEqualTo(401);
		assertThat(login.body()).contains("tạm thời bị giữ");
		waitOutTheHold("giaophong.canbo");
		assertThat(pagesLogin(new Http(port), "giaophong.canbo", "demo").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/dossiers"));
	}

	@Test
	void administratorsSeeTheLog_andLockAndUnlockAccounts() {
		Http http = new Http(port);
		http.get("/api/dossiers", "giaothuy.chuyenvien", "sai");
		Http admin = new Http(port);
		assertThat(pagesLogin(admin, "admin", Http.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		String page = admin.get("/admin/logins", null, null).body();
		assertThat(page).contains("giaothuy.chuyenvien").contains("Sai mật khẩu").contains("user:giaothuy.chuyenvien");
		assertThat(admin.postForm("/admin/logins/lock", "user=giaothuy.chuyenvien&_csrf=" + csrf(page)).statusCode())
			.isEqualTo(302);
		HttpResponse<String> locked = http.get("/api/dossiers", "giaothuy.chuyenvien", "demo");
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(locked.body()).contains("quản trị hệ thống khóa");
		// a lock does not run out
		ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.now().plusDays(30).atZone(ZoneId.systemDefault()).toInstant()));
		assertThat(http.get("/api/dossiers", "giaothuy.chuyenvien", "demo").statusCode()).isEqualTo(401);
		ClockUtil.reset();
		page = admin.get("/admin/logins", null, null).body();
		assertThat(admin.postForm("/admin/logins/unlock", "subject=user:giaothuy.chuyenvien&_csrf=" + csrf(page))
			.statusCode()).isEqualTo(302);
		assertThat(http.get("/api/dossiers", "giaothuy.chuyenvien", "demo").statusCode()).isEqualTo(200);
		assertThat(http.get("/api/admin/logins", "giaothuy.chuyenvien", "demo").statusCode()).isEqualTo(403);
		assertThat(http.get("/api/admin/logins", "admin", Http.ADMIN_PASSWORD).body()).contains("LOCKED").contains("UNLOCKED");
	}

	HttpResponse<String> pagesLogin(Http http, String user, String password) {
		return http.postForm("/login", "username=%s&password=%s&_csrf=%s".formatted(user, password,
				csrf(http.get("/login", null, null).body())));
	}

	static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
