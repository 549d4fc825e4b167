package vn.tdkt.awards.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * What an operator watches: the Prometheus endpoint (administrators only) with the outbox, incidents, dossiers by
 * status and imports tracking the database; the build and data set in /actuator/info; a TLS proxy's headers believed;
 * a request id and the user and dossier in the log context of every request.
 */
@AppTest
class OperationsTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	org.springframework.core.env.Environment environment;

	@Test
	void prometheus_isForAdministrators_andItsGaugesFollowTheDatabase() throws Exception {
		Http http = new Http(port);
		assertThat(http.get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
		assertThat(http.get("/actuator/prometheus", "giaothuy.chuyenvien", "demo").statusCode()).isEqualTo(403);

		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Người được đo"));
		String scrape = scrape(http);
		assertThat(scrape).contains("http_server_requests_seconds_bucket");
		assertThat(gauge(scrape, "awards_dossiers", "status=\"in_review\"")).isEqualTo(
				count("select count(*) from dossier where status = 'IN_REVIEW'")).isPositive();
		assertThat(gauge(scrape, "awards_mail_outbox", "status=\"pending\"")).isEqualTo(
				count("select count(*) from mail_outbox where status = 'PENDING'")).isPositive();
		assertThat(gauge(scrape, "awards_mail_outbox_oldest_pending_seconds", "application=")).isGreaterThanOrEqualTo(0);

		// an incident raised on the dossier's process shows at once, and goes when resolved
		double before = gauge(scrape, "awards_incidents", "application=");
		driver.runJobs();
		String execution = driver.openTasks(id).get(0).getExecutionId();
		Incident incident = runtime.createIncident("awardsTest", execution, "test", "a step that failed for good");
		try {
			// the incident and, the step being in a called process, its cause at the calling one
			assertThat(gauge(scrape(http), "awards_incidents", "application=")).isGreaterThan(before)
				.isEqualTo(runtime.createIncidentQuery().count());
		}
		finally {
			runtime.resolveIncident(incident.getId());
		}
		assertThat(gauge(scrape(http), "awards_incidents", "application=")).isEqualTo(before);
	}

	@Test
	void imports_areCountedByKindAndOutcome() {
		Http http = new Http(port);
		String refused = "awards_imports_seconds_count";
		double before = gaugeOrZero(scrape(http), refused, "kind=\"awards\",outcome=\"refused\"");
		HttpResponse<String> response = http.postMultipart("/api/awards/import", "admin", Http.ADMIN_PASSWORD, Map.of(),
				"file", "khen.csv", "award_type,year\nKHONG_CO,1800\n".getBytes());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(gauge(scrape(http), refused, "kind=\"awards\",outcome=\"refused\"")).isEqualTo(before + 1);
	}

	@Test
	void info_tellsTheBuild_theEngine_andTheDataSet_toAnybody() throws Exception {
		HttpResponse<String> response = new Http(port).get("/actuator/info", null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode info = JSON.readTree(response.body());
		assertThat(info.at("/build/artifact").asText()).isEqualTo("award-workflow");
		assertThat(info.at("/build/version").asText()).isNotBlank();
		assertThat(info.at("/awards/referenceData").asText()).isEqualTo("nam-dinh-2023");
		assertThat(info.at("/awards/timeZone").asText()).isEqualTo("Asia/Ho_Chi_Minh");
		assertThat(info.at("/awards/camunda").asText()).startsWith("7.24");
		assertThat(info.at("/java/version").asText()).startsWith("17");
		// what the container's HEALTHCHECK and compose ask
		HttpResponse<String> ready = new Http(port).get("/actuator/health/readiness", null, null);
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("UP");
	}

	@Test
	void aTlsProxysForwardedHeaders_makeRedirectsPointAtTheRealAddress() {
		Http http = new Http(port);
		HttpResponse<String> direct = http.get("/dossiers", null, null);
		assertThat(direct.statusCode()).isEqualTo(302);
		assertThat(direct.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:" + port + "/");

		HttpResponse<String> proxied = http.send(http.request("/dossiers", null, null)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "khenthuong.example.gov.vn")
			.header("X-Forwarded-Port", "443")
			.GET()
			.build());
		assertThat(proxied.statusCode()).isEqualTo(302);
		assertThat(proxied.headers().firstValue("Location").orElseThrow())
			.isEqualTo("https://khenthuong.example.gov.vn/login");
	}

	@Test
	void theProxiesBelieved_areThisHostOnly_unlessConfigured() {
		// Spring Boot's own default believes any private address: a client on the office network could pose as
		// another address and escape the login throttle's hold
		String trusted = environment.getProperty("server.tomcat.remoteip.internal-proxies");
		assertThat("127.0.0.1").matches(trusted);
		assertThat("0:0:0:0:0:0:0:1").matches(trusted);
		assertThat("10.0.0.5").doesNotMatch(trusted);
		assertThat("192.168.1.20").doesNotMatch(trusted);
		assertThat("172.17.0.2").doesNotMatch(trusted);
		assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
	}

	@Test
	void everyRequest_carriesItsId_itsUser_andItsDossier_inTheLogContext() {
		Logger logger = (Logger) LoggerFactory.getLogger(LogContext.class);
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		logger.addAppender(lines);
		Level level = logger.getLevel();
		logger.setLevel(Level.DEBUG);
		try {
			Http http = new Http(port);
			String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Người ghi log"));
			HttpResponse<String> response = http.send(http.request("/api/dossiers/" + id, "giaophong.canbo", "demo")
				.header("X-Request-Id", "ops-42")
				.GET()
				.build());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("X-Request-Id")).contains("ops-42");
			HttpResponse<String> engine = http.get("/engine-rest/task?processInstanceBusinessKey=" + id,
					"giaothuy.chuyenvien", "demo");
			assertThat(engine.statusCode()).isEqualTo(200);
			// a header that is no plain token is replaced, not logged
			HttpResponse<String> odd = http.send(http.request("/api/movements", "giaophong.canbo", "demo")
				.header("X-Request-Id", "x\" injected=\"1")
				.GET()
				.build());
			assertThat(odd.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");

			ILoggingEvent read = lines.list.stream()
				.filter(e -> e.getFormattedMessage().startsWith("GET /api/dossiers/" + id))
				.findFirst()
				.orElseThrow();
			assertThat(read.getMDCPropertyMap()).containsEntry("requestId", "ops-42")
				.containsEntry("user", "giaophong.canbo")
				.containsEntry("dossierId", id);
			ILoggingEvent task = lines.list.stream()
				.filter(e -> e.getFormattedMessage().startsWith("GET /engine-rest/task"))
				.findFirst()
				.orElseThrow();
			assertThat(task.getMDCPropertyMap()).containsEntry("user", "giaothuy.chuyenvien").containsKey("requestId");
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(lines);
		}
	}

	/** The Grafana dashboard in docs/ asks only for metrics the application exposes. */
	@Test
	void theDashboard_asksForMetricsThatExist() throws Exception {
		Http http = new Http(port);
		// an import, so that the import timer has a series
		http.postMultipart("/api/awards/import", "admin", Http.ADMIN_PASSWORD, Map.of(), "file", "khen.csv",
				"award_type\nX\n".getBytes());
		String scrape = scrape(http);
		JsonNode dashboard = JSON.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("docs/grafana-dashboard.json")));
		java.util.Set<String> asked = new java.util.TreeSet<>();
		for (JsonNode panel : dashboard.get("panels")) {
			for (JsonNode target : panel.get("targets")) {
				Matcher metric = Pattern.compile("\\b((?:awards|http_server|jvm)_[a-z_]+)\\{").matcher(target.get("expr").asText());
				while (metric.find()) {
					asked.add(metric.group(1));
				}
			}
		}
		assertThat(asked).hasSizeGreaterThan(6);
		for (String metric : asked) {
			assertThat(scrape).as(metric).containsPattern("(?m)^" + metric + "\\{");
		}
	}

	private static String scrape(Http http) {
		HttpResponse<String> response = http.get("/actuator/prometheus", "admin", Http.ADMIN_PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** The value of the metric's line whose labels contain the text. */
	static double gauge(String scrape, String name, String labels) {
		Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
		while (line.find()) {
			if (line.group(1).contains(labels)) {
				return Double.parseDouble(line.group(2));
			}
		}
		throw new AssertionError("no " + name + " with " + labels + " in:\n" + scrape.lines()
			.filter(l -> l.startsWith(name))
			.toList());
	}

	@Test
	void everyPaper_isTimed_inTheScrape() throws Exception {
		Http http = new Http(port);
		double before = gaugeOrZero(scrape(http), "awards_papers_render_seconds_count", "paper=\"decision\"");
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Người được khen"));
		driver.approve(id, "giaothuy.chuyenvien");
		driver.vote(id, "giaothuy.thuky", 9, 9, 9);
		driver.sign(id, "giaothuy.chutich");
		driver.runJobs();
		String scrape = scrape(http);
		assertThat(gauge(scrape, "awards_papers_render_seconds_count", "paper=\"decision\"")).isEqualTo(before + 1);
		assertThat(gauge(scrape, "awards_papers_render_seconds_sum", "paper=\"decision\"")).isPositive();
	}

	static double gaugeOrZero(String scrape, String name, String labels) {
		try {
			return gauge(scrape, name, labels);
		}
		catch (AssertionError ex) {
			return 0;
		}
	}

}
