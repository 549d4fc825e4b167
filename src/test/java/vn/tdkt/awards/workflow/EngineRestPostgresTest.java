package vn.tdkt.awards.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.tdkt.awards.registry.AwardRegistry;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.EmbeddedPostgresConfiguration;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * On a real PostgreSQL: a BK_TTG dossier of a Giao Thủy commune driven through every hop by the reviewers of each
 * level, using only engine-rest and the reviewer contract (SPEC §3); asynchronous continuations and timers are run
 * through engine-rest too (the job executor is off in tests).
 */
@AppTest
@OwnJvm
@Import(EmbeddedPostgresConfiguration.class)
class EngineRestPostgresTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	AwardRegistry registry;

	@Autowired
	org.camunda.bpm.engine.IdentityService identity;

	@Autowired
	org.camunda.bpm.engine.TaskService tasks;

	@Autowired
	org.camunda.bpm.engine.FilterService filters;

	@Autowired
	vn.tdkt.awards.document.DocumentService documents;

	Http http;

	@Test
	void bkTtgThroughEveryHopByEngineRestOnly() throws Exception {
		http = new Http(port);
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TTG", ProcessDriver.person("Phạm Văn Sơn"),
				ProcessDriver.collective("Hội Nông dân xã Giao Phong"));
		List<Long> nominees = driver.nomineeIds(id);
		runJobs();

		// district: the other org's reviewer does not even see the task
		assertThat(tasks("namdinh.chuyenvien", id, TASK_APPRAISE)).isEmpty();
		complete("giaothuy.chuyenvien", id, TASK_APPRAISE, Map.of("outcome", str("APPROVE"), "comment", str("Đủ điều kiện"),
				"approvedNominees", json(nominees)));
		complete("giaothuy.chutich", id, TASK_SIGN, Map.of("outcome", str("SIGN")));

		// province: a contract violation is a 400 naming the variable, and changes nothing
		String provinceTask = taskId("namdinh.chuyenvien", id, TASK_APPRAISE);
		HttpResponse<String> bad = post("namdinh.chuyenvien", "/engine-rest/task/" + provinceTask + "/complete",
				Map.of("variables", Map.of("outcome", str("MAYBE"))));
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(JSON.readTree(bad.body()).get("variable").asText()).isEqualTo("outcome");
		assertThat(taskId("namdinh.chuyenvien", id, TASK_APPRAISE)).isEqualTo(provinceTask);
		// a document added while the appraisal is open shows in its form at once (the engine's native task query)
		documents.upload(id, vn.tdkt.awards.nomination.DocumentType.BAO_CAO_THANH_TICH, "bao-cao-bo-sung.pdf",
				vn.tdkt.awards.support.TestFiles.pdf("Bao cao"), driver.user("giaophong.canbo"));
		assertThat(String.valueOf(tasks.getVariableLocal(provinceTask, "documentLinks")))
			.contains("bao\\-cao\\-bo\\-sung\\.pdf");

		complete("namdinh.chuyenvien", id, TASK_APPRAISE, Map.of("outcome", str("APPROVE")));
		// a BK_TTG is not posted publicly (orders and state titles are): straight to the council
		Map<String, Object> votes = new LinkedHashMap<>();
		nominees.forEach(n -> votes.put(n.toString(), 12));
		complete("namdinh.thuky", id, TASK_COUNCIL_VOTE, Map.of("membersTotal", integer(15), "membersPresent", integer(13),
				"votesFor", json(votes), "comment", str("Biên bản họp Hội đồng TĐKT tỉnh")));
		complete("namdinh.chutich", id, TASK_SIGN, Map.of("outcome", str("SIGN")));

		// central: Bộ Nội vụ appraises and its minister signs the submission to the Prime Minister
		complete("bnv.chuyenvien", id, TASK_APPRAISE, Map.of("outcome", str("APPROVE")));
		complete("bnv.botruong", id, TASK_SIGN, Map.of("outcome", str("SIGN")));

		// government: the Prime Minister decides, with a decision number typed at signing
		complete("vpcp.chuyenvien", id, TASK_APPRAISE, Map.of("outcome", str("APPROVE")));
		complete("ttg.thutuong", id, TASK_SIGN, Map.of("outcome", str("SIGN"), "decisionNumber", str("1234/QĐ-TTg")));

		JsonNode dossier = JSON.readTree(http.get("/api/dossiers/" + id, "giaophong.canbo", "demo").body());
		assertThat(dossier.get("status").asText()).isEqualTo("DECIDED");
		assertThat(dossier.get("route").findValuesAsText("org")).containsExactly("GIAO_PHONG", "GIAO_THUY", "NAM_DINH",
				"BNV", "TTG");
		assertThat(dossier.get("nominees").findValuesAsText("status")).containsOnly("AWARDED");
		assertThat(dossier.get("decision").get("number").asText()).isEqualTo("1234/QĐ-TTg");
		assertThat(registry.ofDossier(id)).hasSize(2).allSatisfy(a -> {
			assertThat(a.awardType()).isEqualTo("BK_TTG");
			assertThat(a.decisionNumber()).isEqualTo("1234/QĐ-TTg");
		});
		// the papers, stored on PostgreSQL: three submissions upward, the decision, the certificates (two files)
		JsonNode documents = JSON.readTree(http.get("/api/dossiers/" + id + "/documents", "giaophong.canbo", "demo").body());
		assertThat(documents.findValuesAsText("fileName")).contains("quyet-dinh-1234-qd-ttg.pdf",
				"bang-khen-1234-qd-ttg.pdf", "bang-khen-1234-qd-ttg-in-len-phoi.pdf");
		assertThat(documents.findValuesAsText("type")).filteredOn("TO_TRINH"::equals).hasSize(3);
	}

	/** The task query rewrite (TaskQueryPlugin) answers as the engine's own statement on PostgreSQL too. */
	@Test
	void reviewersTaskQueries_answerTheSameWithTheRewrite() {
		long groupsByIndex = vn.tdkt.awards.system.TaskQueryComparison.authorizedGroupsReadByIndex();
		List<String> keys = vn.tdkt.awards.system.TaskQueryComparison.dossiersAtSeveralLevels(driver);
		vn.tdkt.awards.system.TaskQueryComparison.withASecondCandidateGroup(tasks, driver.task(keys.get(0), TASK_APPRAISE)
			.getId(), () -> vn.tdkt.awards.system.TaskQueryComparison.assertSameAnswers(identity, tasks, filters,
					List.of("giaothuy.chuyenvien", "giaothuy.chutich", "namdinh.chuyenvien", "giaophong.canbo",
							"sotuphap.canbo", "admin"), keys));
		assertThat(vn.tdkt.awards.system.TaskQueryComparison.authorizedGroupsReadByIndex())
			.as("the engine's read of the groups holding authorizations, by index").isGreaterThan(groupsByIndex);
	}

	@Test
	void decisionNumbersStayUniqueWhenTwoDecisionsRunAtOnce() throws Exception {
		http = new Http(port);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Song song " + i));
			runJobs();
			complete("giaothuy.chuyenvien", id, TASK_APPRAISE, Map.of("outcome", str("APPROVE")));
			Map<String, Object> votes = Map.of(driver.nomineeIds(id).get(0).toString(), 9);
			complete("giaothuy.thuky", id, TASK_COUNCIL_VOTE,
					Map.of("membersTotal", integer(9), "membersPresent", integer(9), "votesFor", json(votes)));
			ids.add(id);
		}
		for (String id : ids) {
			String task = taskId("giaothuy.chutich", id, TASK_SIGN);
			assertThat(post("giaothuy.chutich", "/engine-rest/task/" + task + "/complete",
					Map.of("variables", Map.of("outcome", str("SIGN")))).statusCode()).isEqualTo(204);
		}
		// after the signatures, continuations lead to the decision step: run both decision jobs on two threads
		List<String> decisionJobs = new ArrayList<>();
		for (int round = 0; round < 10 && decisionJobs.size() < 2; round++) {
			decisionJobs.clear();
			for (JsonNode job : array(http.get("/engine-rest/job?executable=true&messages=true", "admin", Http.ADMIN_PASSWORD))) {
				String activity = JSON.readTree(http.get("/engine-rest/job-definition/" + job.get("jobDefinitionId").asText(),
						"admin", Http.ADMIN_PASSWORD).body()).get("activityId").asText();
				if (AwardNominationProcess.ISSUE_DECISION.equals(activity)) {
					decisionJobs.add(job.get("id").asText());
				}
				else {
					execute(job.get("id").asText());
				}
			}
		}
		assertThat(decisionJobs).hasSize(2);
		CountDownLatch start = new CountDownLatch(1);
		var runs = decisionJobs.stream().map(job -> CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return new Http(port).postJson("/engine-rest/job/" + job + "/execute", "admin", Http.ADMIN_PASSWORD, "{}");
		})).toList();
		start.countDown();
		for (var run : runs) {
			var response = run.get(60, TimeUnit.SECONDS);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		}
		runJobs();
		List<String> numbers = new ArrayList<>();
		for (String id : ids) {
			numbers.add(JSON.readTree(http.get("/api/dossiers/" + id, "admin", Http.ADMIN_PASSWORD).body())
				.get("decision")
				.get("number")
				.asText());
		}
		assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).endsWith("/QĐ-UBND"));
	}

	// engine-rest helpers

	List<JsonNode> tasks(String user, String dossierId, String key) throws Exception {
		return array(http.get("/engine-rest/task?processInstanceBusinessKey=%s&taskDefinitionKey=%s".formatted(dossierId, key),
				user, "demo"));
	}

	String taskId(String user, String dossierId, String key) throws Exception {
		List<JsonNode> found = tasks(user, dossierId, key);
		assertThat(found).as("%s sees one %s task of %s", user, key, dossierId).hasSize(1);
		return found.get(0).get("id").asText();
	}

	void complete(String user, String dossierId, String key, Map<String, Object> variables) throws Exception {
		String task = taskId(user, dossierId, key);
		assertThat(post(user, "/engine-rest/task/" + task + "/claim", Map.of("userId", user)).statusCode()).isEqualTo(204);
		HttpResponse<String> done = post(user, "/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
		runJobs();
	}

	void runJobs() throws Exception {
		for (int round = 0; round < 50; round++) {
			List<JsonNode> jobs = array(http.get("/engine-rest/job?executable=true&messages=true", "admin", Http.ADMIN_PASSWORD));
			if (jobs.isEmpty()) {
				return;
			}
			for (JsonNode job : jobs) {
				execute(job.get("id").asText());
			}
		}
	}

	void execute(String jobId) {
		HttpResponse<String> run = http.postJson("/engine-rest/job/" + jobId + "/execute", "admin", Http.ADMIN_PASSWORD, "{}");
		assertThat(run.statusCode()).as(run.body()).isEqualTo(204);
	}

	HttpResponse<String> post(String user, String path, Object body) throws Exception {
		return http.postJson(path, user, "admin".equals(user) ? Http.ADMIN_PASSWORD : "demo", JSON.writeValueAsString(body));
	}

	static List<JsonNode> array(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		JSON.readTree(response.body()).forEach(items::add);
		return items;
	}

	static Map<String, Object> str(String value) {
		return Map.of("value", value, "type", "String");
	}

	static Map<String, Object> integer(int value) {
		return Map.of("value", value, "type", "Integer");
	}

	static Map<String, Object> json(Object value) throws Exception {
		return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
	}

}
