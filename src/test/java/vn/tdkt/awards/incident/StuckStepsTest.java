package vn.tdkt.awards.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.registry.AwardDecisionService;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * A dossier whose decision cannot be issued (here: the decision table is unavailable) is not lost: after its
 * retries it is listed for administrators, on the API and on a page, with a cause that shows no SQL; once the cause
 * is mended an administrator tries the step again and the dossier is decided. Own JVM: the test takes a table away.
 */
@AppTest
@OwnJvm
class StuckStepsTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	AwardDecisionService decisions;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncidentNotices notices;

	@Test
	void aDecisionThatFailsAfterItsRetries_isShownToAdministrators_andIssuedOnceRetried() throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Chờ quyết định"));
		driver.approve(id, "giaothuy.chuyenvien");
		driver.vote(id, "giaothuy.thuky", 9, 9, 9);
		identity.setAuthentication("giaothuy.chutich", List.of("GIAO_THUY.leader"));
		try {
			tasks.claim(driver.task(id, TASK_SIGN).getId(), "giaothuy.chutich");
			tasks.complete(driver.task(id, TASK_SIGN).getId(), Map.of("outcome", "SIGN"));
		}
		finally {
			identity.clearAuthentication();
		}
		driver.runJobsExcept(AwardNominationProcess.ISSUE_DECISION);

		jdbc.sql("alter table decision rename to decision_unavailable").update();
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
			.processDefinitionKey(AwardNominationProcess.KEY).singleResult().getId();
		Job job = management.createJobQuery().processInstanceId(instance).singleResult();
		// the engine's retry cycle (R5/PT5M by default), each attempt run at once here
		for (int attempt = 0; attempt < 10 && runtime.createIncidentQuery().count() == 0; attempt++) {
			assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
		}
		assertThat(runtime.createIncidentQuery().count()).isEqualTo(1);
		jdbc.sql("alter table decision_unavailable rename to decision").update();
		// every administrator is told by e-mail, once, whichever node (or call) sees it first
		assertThat(notices.notifyNew()).isEqualTo(1);
		assertThat(notices.notifyNew()).isZero();
		List<String> told = jdbc.sql("select recipient_user from mail_outbox where kind = 'INCIDENT' and dossier_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(told).containsExactly("admin");
		assertThat(jdbc.sql("select subject from mail_outbox where kind = 'INCIDENT'").query(String.class).single())
			.contains(id).contains("Ban hành quyết định, ghi sổ khen thưởng");

		Http http = new Http(port);
		HttpResponse<String> listed = http.get("/api/admin/incidents", "admin", Http.ADMIN_PASSWORD);
		assertThat(listed.statusCode()).isEqualTo(200);
		JsonNode step = JSON.readTree(listed.body()).get(0);
		assertThat(step.get("dossierId").asText()).isEqualTo(id);
		assertThat(step.get("activityId").asText()).isEqualTo(AwardNominationProcess.ISSUE_DECISION);
		assertThat(step.get("activityName").asText()).isEqualTo("Ban hành quyết định, ghi sổ khen thưởng");
		assertThat(step.get("retryable").asBoolean()).isTrue();
		assertThat(step.get("message").asText()).doesNotContain("SQL", "org.", "java.", "DECISION");
		assertThat(http.get("/api/admin/incidents", "giaothuy.chutich", "demo").statusCode()).isEqualTo(403);
		assertThat(new Http(port).postJson("/api/admin/incidents/" + step.get("id").asText() + "/retry",
				"giaothuy.chutich", "demo", "{}").statusCode()).isEqualTo(403);

		// the page an administrator opens, and its button
		String page = adminPage(http, "/admin/incidents");
		assertThat(page).contains(id).contains("Ban hành quyết định, ghi sổ khen thưởng").contains("Thử lại");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> retried = http.postForm("/admin/incidents/" + step.get("id").asText() + "/retry",
				"_csrf=" + csrf.group(1));
		assertThat(retried.statusCode()).isEqualTo(302);
		driver.runJobs();

		assertThat(runtime.createIncidentQuery().count()).isZero();
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(decisions.find(id)).isPresent();
		assertThat(adminPage(http, "/admin/incidents")).contains("Không có hồ sơ nào gặp sự cố.");
	}

	private String adminPage(Http http, String path) {
		HttpResponse<String> page = http.get(path, null, null);
		if (page.statusCode() == 302) {
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(http.get("/login", null, null).body());
			assertThat(token.find()).isTrue();
			assertThat(http.postForm("/login", "username=admin&password=" + Http.ADMIN_PASSWORD + "&_csrf=" + token.group(1)).statusCode())
				.isEqualTo(302);
			page = http.get(path, null, null);
		}
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

}
