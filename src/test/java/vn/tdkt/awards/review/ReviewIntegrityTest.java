package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.EngineApi.bool;
import static vn.tdkt.awards.support.EngineApi.doubleValue;
import static vn.tdkt.awards.support.EngineApi.integer;
import static vn.tdkt.awards.support.EngineApi.json;
import static vn.tdkt.awards.support.EngineApi.longValue;
import static vn.tdkt.awards.support.EngineApi.string;
import static vn.tdkt.awards.support.EngineApi.untyped;
import static vn.tdkt.awards.support.EngineApi.vars;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_VERIFY_OBJECTION;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.registry.AwardDecisionService;
import vn.tdkt.awards.registry.AwardRegistry;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.EngineApi.Way;
import vn.tdkt.awards.support.EngineApi;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * Only the law's route decides an award: every crafted completion found against earlier versions, tried over real
 * HTTP through engine-rest and through Tasklist's own API (session and XSRF token), as the user who legitimately
 * holds the task. Each is refused, and both dossiers concerned are exactly as before: status, hop, nominees,
 * timeline, registry, decision, open tasks and their assignees, process variables.
 */
@AppTest
class ReviewIntegrityTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	AwardRegistry registry;

	@Autowired
	AwardDecisionService decisions;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	PostingService reviews;

	EngineApi api(Way way, String user) {
		return EngineApi.as(port, way, user);
	}

	/** Everything a crafted completion could have changed about a dossier. */
	record Snapshot(DossierStatus status, int hop, List<String> nominees, List<String> timeline, int awards,
			boolean decided, List<String> openTasks, Map<String, String> variables) {
	}

	Snapshot snapshot(String dossierId) {
		var dossier = dossiers.require(dossierId);
		List<String> open = new ArrayList<>();
		for (Task task : driver.openTasks(dossierId)) {
			open.add(task.getId() + ":" + task.getTaskDefinitionKey() + ":" + tasks.getIdentityLinksForTask(task.getId())
				.stream()
				.filter(l -> "candidate".equals(l.getType()))
				.map(l -> l.getGroupId() + "/" + l.getUserId())
				.sorted()
				.toList());
		}
		Map<String, String> variables = new TreeMap<>();
		for (VariableInstance v : variablesOf(dossierId)) {
			variables.put((v.getTaskId() == null ? "" : "task:") + v.getName(), String.valueOf(v.getValue()));
		}
		return new Snapshot(dossier.status(), dossier.currentHop(),
				dossiers.nominees(dossierId).stream().map(n -> n.id() + ":" + n.status() + ":" + n.reason()).toList(),
				dossiers.events(dossierId).stream().map(e -> e.action() + ":" + e.actor() + ":" + e.comment()).toList(),
				registry.ofDossier(dossierId).size(), decisions.find(dossierId).isPresent(), open, variables);
	}

	List<VariableInstance> variablesOf(String dossierId) {
		List<String> instances = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(dossierId)
			.list()
			.stream()
			.map(p -> p.getId())
			.toList();
		return instances.isEmpty() ? List.of()
				: runtime.createVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new)).list();
	}

	String taskId(String dossierId, String key) {
		return driver.task(dossierId, key).getId();
	}

	/** Claims the task as its legitimate holder, tries the completion, and expects the refusal. */
	JsonNode refused(EngineApi api, String dossierId, String key, int status, Map<String, Object> variables) throws Exception {
		String task = taskId(dossierId, key);
		if (tasks.createTaskQuery().taskId(task).singleResult().getAssignee() == null) {
			assertThat(api.claim(task, api.user()).statusCode()).as("claim by " + api.user()).isEqualTo(204);
		}
		HttpResponse<String> answer = api.complete(task, variables);
		assertThat(answer.statusCode()).as("%s %s → %s", api.way(), variables.keySet(), answer.body()).isEqualTo(status);
		assertThat(answer.body()).doesNotContain("SQL", "org.", "java.", "Exception:", "\tat ");
		return JSON.readTree(answer.body());
	}

	/** Like {@link #refused}, for a 400 naming the variable. */
	void refusedNaming(EngineApi api, String dossierId, String key, String variable, Map<String, Object> variables)
			throws Exception {
		JsonNode body = refused(api, dossierId, key, 400, variables);
		assertThat(body.path("type").asText()).isEqualTo("ReviewInputException");
		assertThat(body.path("variable").asText()).as(body.toString()).isEqualTo(variable);
	}

	String giayKhen(String name) {
		return driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person(name));
	}

	String otherOrgsDossier() {
		return driver.submit("sotuphap.canbo", "SO_TU_PHAP", "BK_TINH", person("Cán bộ Sở Tư pháp"));
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void anAppraiserCannotSkipTheCouncil_norActOnAnotherDossier_norSetAnyRoutingValue(Way way) throws Exception {
		String id = giayKhen("Người có Giấy khen");
		String other = otherOrgsDossier();
		EngineApi appraiser = api(way, "giaothuy.chuyenvien");
		assertThat(appraiser.get("/task/" + taskId(other, TASK_APPRAISE)).statusCode()).isIn(403, 404);
		Snapshot before = snapshot(id);
		Snapshot otherBefore = snapshot(other);

		refusedNaming(appraiser, id, TASK_APPRAISE, "councilRequired", vars("outcome", string("APPROVE"),
				"councilRequired", bool(false)));
		refusedNaming(appraiser, id, TASK_APPRAISE, "dossierId", vars("outcome", string("REJECT"), "comment",
				string("Không đủ điều kiện"), "dossierId", string(other), "hop", integer(1)));
		for (String routing : InFlightUpgrade.LEGACY_VARIABLES) {
			refused(appraiser, id, TASK_APPRAISE, 400, vars("outcome", string("APPROVE"), routing, string("x")));
		}
		// the form's read-only data may not come back either (Tasklist would send them task-locally)
		refusedNaming(appraiser, id, TASK_APPRAISE, "nomineeTable", vars("outcome", string("APPROVE"), "nomineeTable",
				json(List.of(Map.of("name", "giả mạo")))));
		assertThat(snapshot(id)).isEqualTo(before);
		assertThat(snapshot(other)).isEqualTo(otherBefore);

		// the legitimate completion then goes the law's way: to the council
		HttpResponse<String> done = appraiser.complete(taskId(id, TASK_APPRAISE), vars("outcome", string("APPROVE")));
		assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
		driver.runJobs();
		assertThat(driver.task(id, TASK_COUNCIL_VOTE)).isNotNull();
		assertThat(snapshot(other)).isEqualTo(otherBefore);
	}

	/**
	 * Putting a nominee back: allowed to the appraisal that left them out, once the dossier is back with it (a leader's
	 * return); refused to any other level, with nothing changed.
	 */
	/**
	 * A refusal is one sentence naming the field as the form labels it: in the language an /engine-rest client asks
	 * for; in Tasklist in our pages' language (Vietnamese unless chosen otherwise), whatever the browser sends.
	 */
	@ParameterizedTest
	@EnumSource(Way.class)
	void aRefusal_isOneSentenceInTheReadersLanguage(Way way) throws Exception {
		String id = giayKhen("Ngôn ngữ " + way);
		Snapshot before = snapshot(id);
		JsonNode english = refused(api(way, "giaothuy.chuyenvien").acceptLanguage("en-US,en;q=0.9"), id, TASK_APPRAISE,
				400, vars("outcome", string("RETURN")));
		assertThat(english.path("variable").asText()).isEqualTo("comment");
		assertThat(english.path("message").asText()).isEqualTo(way == Way.ENGINE_REST
				? "Give the reason in “Comment” when returning or not proposing."
				: "Hãy nêu lý do trong “Ý kiến” khi trả lại hoặc không đề nghị.");
		JsonNode vietnamese = refused(api(way, "giaothuy.chuyenvien"), id, TASK_APPRAISE, 400,
				vars("outcome", string("APPROVE"), "approvedNominees", json(List.of("999999"))));
		assertThat(vietnamese.path("message").asText())
			.isEqualTo("“Tập thể, cá nhân được đề nghị tiếp”: mã 999999 không phải người được đề nghị còn đang xét của hồ sơ "
					+ id + ".");
		if (way == Way.ENGINE_REST) {
			JsonNode english2 = refused(api(way, "giaothuy.chuyenvien").acceptLanguage("en"), id, TASK_APPRAISE, 400,
					vars("outcome", string("APPROVE"), "approvedNominees", json(List.of("999999"))));
			assertThat(english2.path("message").asText())
				.isEqualTo("“Nominees who go on”: code 999999 is not a nominee still under review in dossier " + id + ".");
		}
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void onlyTheAppraisalThatLeftANomineeOut_canPutThemBack(Way way) throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Người A"), person("Người B"));
		List<Long> ids = driver.nomineeIds(id);
		driver.approve(id, "giaothuy.chuyenvien", ids.get(0));
		driver.complete(id, TASK_SIGN, "giaothuy.chutich", "outcome", "RETURN", "comment", "Xem lại người B");
		EngineApi appraiser = api(way, "giaothuy.chuyenvien");
		String task = taskId(id, TASK_APPRAISE);
		assertThat(appraiser.claim(task, "giaothuy.chuyenvien").statusCode()).isEqualTo(204);
		HttpResponse<String> back = appraiser.complete(task, vars("outcome", string("APPROVE"), "approvedNominees",
				json(List.of(ids.get(0).toString(), ids.get(1).toString()))));
		assertThat(back.statusCode()).as(back.body()).isIn(200, 204);
		assertThat(dossiers.nominees(id)).extracting(n -> n.status()).containsOnly(NomineeStatus.PENDING);

		String other = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Người C"), person("Người D"));
		List<Long> otherIds = driver.nomineeIds(other);
		driver.approve(other, "giaothuy.chuyenvien", otherIds.get(0));
		driver.sign(other, "giaothuy.chutich");
		Snapshot before = snapshot(other);
		refusedNaming(api(way, "namdinh.chuyenvien"), other, TASK_APPRAISE, "approvedNominees", vars("outcome",
				string("APPROVE"), "approvedNominees", json(List.of(otherIds.get(0).toString(), otherIds.get(1).toString()))));
		assertThat(snapshot(other)).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void aDistrictLeaderCannotDecideAPrimeMinistersAward(Way way) throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TTG", person("Người được đề nghị"),
				person("Người thứ hai"));
		driver.approve(id, "giaothuy.chuyenvien");
		EngineApi leader = api(way, "giaothuy.chutich");
		Snapshot before = snapshot(id);
		refusedNaming(leader, id, TASK_SIGN, "hop", vars("outcome", string("SIGN"), "hop", integer(4)));
		refusedNaming(leader, id, TASK_SIGN, "levelOutcome", vars("outcome", string("SIGN"), "levelOutcome",
				string("DECIDED")));
		refusedNaming(leader, id, TASK_SIGN, "decisionNumber", vars("outcome", string("SIGN"), "decisionNumber",
				string("2/QĐ-UBND")));
		assertThat(snapshot(id)).isEqualTo(before);

		HttpResponse<String> signed = leader.complete(taskId(id, TASK_SIGN), vars("outcome", string("SIGN")));
		assertThat(signed.statusCode()).as(signed.body()).isIn(200, 204);
		driver.runJobs();
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.IN_REVIEW);
		assertThat(dossiers.hop(id, dossiers.require(id).currentHop()).orgCode()).isEqualTo("NAM_DINH");
		assertThat(registry.ofDossier(id)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void aCandidateCannotHandTheTaskToAnotherOrg(Way way) throws Exception {
		String id = giayKhen("Người nhận việc");
		String task = taskId(id, TASK_APPRAISE);
		EngineApi appraiser = api(way, "giaothuy.chuyenvien");
		Snapshot before = snapshot(id);

		HttpResponse<String> claim = appraiser.claim(task, "bnv.chuyenvien");
		assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
		assertThat(appraiser.post("/task/" + task + "/assignee", Map.of("userId", "bnv.chuyenvien")).statusCode()).isEqualTo(403);
		assertThat(appraiser.post("/task/" + task + "/identity-links",
				Map.of("groupId", "SO_TU_PHAP.appraiser", "type", "candidate")).statusCode()).isEqualTo(403);
		assertThat(appraiser.post("/task/" + task + "/delegate", Map.of("userId", "bnv.chuyenvien")).statusCode()).isEqualTo(403);
		assertThat(appraiser.put("/task/" + task + "/localVariables/outcome", string("APPROVE")).statusCode()).isEqualTo(403);
		assertThat(appraiser.post("/task/" + task + "/variables", Map.of("modifications",
				Map.of("councilRequired", bool(false)))).statusCode()).isEqualTo(403);
		String instance = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
		assertThat(appraiser.post("/process-instance/" + instance + "/variables", Map.of("modifications",
				Map.of("councilRequired", bool(false)))).statusCode()).isEqualTo(403);
		// throwing a BPMN error or an escalation with variables from the task is no way round either
		assertThat(appraiser.post("/task/" + task + "/bpmnError", Map.of("errorCode", "x", "variables",
				Map.of("councilRequired", bool(false)))).statusCode()).isNotIn(200, 204);
		assertThat(appraiser.post("/task/" + task + "/bpmnEscalation", Map.of("escalationCode", "x", "variables",
				Map.of("councilRequired", bool(false)))).statusCode()).isNotIn(200, 204);
		assertThat(snapshot(id)).isEqualTo(before);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

		// an administrator may assign it to anybody, but only the hop's group can complete it
		assertThat(api(Way.ENGINE_REST, "admin").post("/task/" + task + "/assignee", Map.of("userId", "bnv.chuyenvien"))
			.statusCode()).isEqualTo(204);
		EngineApi outsider = api(way, "bnv.chuyenvien");
		assertThat(outsider.get("/task/" + task).statusCode()).isEqualTo(200);
		refused(outsider, id, TASK_APPRAISE, 403, vars("outcome", string("RETURN"), "comment", string("Trả lại")));
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.IN_REVIEW);
		assertThat(dossiers.events(id)).hasSameSizeAs(before.timeline());
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void theCouncilVote_needsItsQuorum_integers_andNoMoreVotesThanMembersPresent(Way way) throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người thứ nhất"),
				person("Người thứ hai"));
		driver.approve(id, "giaothuy.chuyenvien");
		List<Long> ids = driver.nomineeIds(id);
		EngineApi secretary = api(way, "giaothuy.thuky");
		Snapshot before = snapshot(id);
		Map<String, Object> nine = json(Map.of(ids.get(0).toString(), 9, ids.get(1).toString(), 9));
		refusedNaming(secretary, id, TASK_COUNCIL_VOTE, "membersPresent", vars("membersTotal", integer(9), "membersPresent",
				integer(1), "votesFor", json(Map.of(ids.get(0).toString(), 1, ids.get(1).toString(), 1))));
		refusedNaming(secretary, id, TASK_COUNCIL_VOTE, "votesFor", vars("membersTotal", integer(9), "membersPresent",
				integer(6), "votesFor", nine));
		refusedNaming(secretary, id, TASK_COUNCIL_VOTE, "membersTotal", vars("membersTotal", longValue(4294967305L),
				"membersPresent", integer(9), "votesFor", nine));
		refusedNaming(secretary, id, TASK_COUNCIL_VOTE, "membersPresent", vars("membersTotal", integer(9), "membersPresent",
				doubleValue(1.9), "votesFor", nine));
		refusedNaming(secretary, id, TASK_COUNCIL_VOTE, "membersPresent", vars("membersTotal", integer(9), "membersPresent",
				string("9"), "votesFor", nine));
		refusedNaming(secretary, id, TASK_COUNCIL_VOTE, "votesFor", vars("membersTotal", integer(9), "membersPresent",
				integer(9), "votesFor", json(Map.of(ids.get(0).toString(), 9.5, ids.get(1).toString(), 9))));
		refusedNaming(secretary, id, TASK_COUNCIL_VOTE, "membersPresent", vars("membersTotal", integer(9), "membersPresent",
				integer(10), "votesFor", nine));
		assertThat(snapshot(id)).isEqualTo(before);

		// 6 of 9 present is the quorum (2/3); the form's slots come with the votes as Tasklist sends them
		HttpResponse<String> voted = secretary.complete(taskId(id, TASK_COUNCIL_VOTE), vars("membersTotal", untyped(9),
				"membersPresent", untyped(6), "votes1", untyped(6), "votes2", untyped(3), "votesFor",
				json(Map.of(ids.get(0).toString(), 6, ids.get(1).toString(), 3))));
		assertThat(voted.statusCode()).as(voted.body()).isIn(200, 204);
		driver.runJobs();
		assertThat(dossiers.nominees(id)).extracting(n -> n.status())
			.containsExactly(NomineeStatus.PENDING, NomineeStatus.NOT_AWARDED);
		assertThat(variablesOf(id)).allSatisfy(v -> assertThat(v.getTaskId()).as(v.getName()).isNotNull());
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void commentsAndNumbersLongerThanAllowed_areRefusedNamingTheField(Way way) throws Exception {
		String id = giayKhen("Người có ý kiến dài");
		EngineApi appraiser = api(way, "giaothuy.chuyenvien");
		Snapshot before = snapshot(id);
		refusedNaming(appraiser, id, TASK_APPRAISE, "comment", vars("outcome", string("REJECT"), "comment",
				string("x".repeat(ReviewTask.MAX_COMMENT + 1))));
		refusedNaming(appraiser, id, TASK_APPRAISE, "comment", vars("outcome", string("REJECT"), "comment",
				string("Lý do\u0000 ẩn")));
		assertThat(snapshot(id)).isEqualTo(before);
		driver.approve(id, "giaothuy.chuyenvien");
		driver.vote(id, "giaothuy.thuky", 9, 9, 9);
		EngineApi leader = api(way, "giaothuy.chutich");
		Snapshot signing = snapshot(id);
		refusedNaming(leader, id, TASK_SIGN, "decisionNumber", vars("outcome", string("SIGN"), "decisionNumber",
				string("1".repeat(ReviewTask.MAX_DECISION_NUMBER + 1))));
		refusedNaming(leader, id, TASK_SIGN, "decisionNumber", vars("outcome", string("SIGN"), "decisionNumber",
				string("<b>5</b>/QĐ")));
		assertThat(snapshot(id)).isEqualTo(signing);
	}

	@Test
	void twoLeadersTypingTheSameDecisionNumberAtOnce_oneIsRefused_andNoDecisionFails() throws Exception {
		String a = giayKhen("Song song A");
		String b = giayKhen("Song song B");
		for (String id : List.of(a, b)) {
			driver.approve(id, "giaothuy.chuyenvien");
			driver.vote(id, "giaothuy.thuky", 9, 9, 9);
		}
		String number = "77/QĐ-UBND";
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> signing = new ArrayList<>();
		for (String id : List.of(a, b)) {
			EngineApi leader = api(Way.ENGINE_REST, "giaothuy.chutich");
			String task = taskId(id, TASK_SIGN);
			signing.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return leader.complete(task, vars("outcome", string("SIGN"), "decisionNumber", string(number)));
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (var future : signing) {
			statuses.add(future.get(60, TimeUnit.SECONDS).statusCode());
		}
		assertThat(statuses).containsExactlyInAnyOrder(204, 400);
		driver.runJobs();
		assertThat(runtime.createIncidentQuery().count()).isZero();
		String refusedOne = statuses.get(0) == 400 ? a : b;
		String signedOne = refusedOne.equals(a) ? b : a;
		assertThat(decisions.find(signedOne).orElseThrow().number()).isEqualTo(number);
		assertThat(driver.task(refusedOne, TASK_SIGN)).isNotNull();
		driver.sign(refusedOne, "giaothuy.chutich");
		assertThat(decisions.find(refusedOne).orElseThrow().number()).isNotEqualTo(number);
		assertThat(dossiers.require(refusedOne).status()).isEqualTo(DossierStatus.DECIDED);
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void anObjectionsVerdict_isABoolean(Way way) throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "HCLD3", person("Bị phản ánh"));
		driver.approve(id, "giaothuy.chuyenvien");
		driver.sign(id, "giaothuy.chutich");
		driver.approve(id, "namdinh.chuyenvien");
		reviews.receiveObjection(id, driver.nomineeIds(id).get(0), "Phản ánh chưa rõ");
		driver.runJobs();
		EngineApi appraiser = api(way, "namdinh.chuyenvien");
		Snapshot before = snapshot(id);
		refusedNaming(appraiser, id, TASK_VERIFY_OBJECTION, "upheld", vars("upheld", string("yes")));
		refusedNaming(appraiser, id, TASK_VERIFY_OBJECTION, "upheld", vars("comment", string("thiếu kết luận")));
		refusedNaming(appraiser, id, TASK_VERIFY_OBJECTION, "postingEnds", vars("upheld", bool(false), "postingEnds",
				string("2020-01-01T00:00:00")));
		assertThat(snapshot(id)).isEqualTo(before);
		HttpResponse<String> verified = appraiser.complete(taskId(id, TASK_VERIFY_OBJECTION), vars("upheld", untyped(true)));
		assertThat(verified.statusCode()).as(verified.body()).isIn(200, 204);
		assertThat(dossiers.nominees(id).get(0).status()).isEqualTo(NomineeStatus.NOT_AWARDED);
	}

	/**
	 * The variables the running processes hold, all along a whole route: none at all in the instances (only each
	 * open task's read-only form data), so there is no routing value for a completion to write, and a completion
	 * that names any variable it met is refused.
	 */
	@Test
	void theRunningProcessesHoldNoRoutingVariable_atAnyStepOfAWholeRoute() throws Exception {
		// an order (posted publicly at the province) up to the State President: every kind of step
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "HCLD3", person("Đi hết lộ trình"));
		Set<String> seen = new HashSet<>();
		String[][] steps = { { TASK_APPRAISE, "giaothuy.chuyenvien" }, { TASK_SIGN, "giaothuy.chutich" },
				{ TASK_APPRAISE, "namdinh.chuyenvien" }, { null, null }, { TASK_COUNCIL_VOTE, "namdinh.thuky" },
				{ TASK_SIGN, "namdinh.chutich" }, { TASK_APPRAISE, "bnv.chuyenvien" }, { TASK_SIGN, "bnv.botruong" },
				{ TASK_APPRAISE, "vpcp.chuyenvien" }, { TASK_SIGN, "ttg.thutuong" }, { TASK_APPRAISE, "vpctn.chuyenvien" },
				{ TASK_SIGN, "ctn.chutich" } };
		for (String[] step : steps) {
			List<VariableInstance> held = variablesOf(id);
			assertThat(held).as("variables of the instances of %s", id)
				.allSatisfy(v -> assertThat(v.getTaskId()).as("%s is task-local", v.getName()).isNotNull());
			held.forEach(v -> seen.add(v.getName()));
			if (step[0] == null) {
				driver.fireTimer(id, AwardNominationProcess.POSTING_PERIOD);
				continue;
			}
			EngineApi reviewer = api(Way.ENGINE_REST, step[1]);
			Snapshot before = snapshot(id);
			for (String name : seen) {
				refused(reviewer, id, step[0], 400, vars(name, string("x")));
			}
			assertThat(snapshot(id)).isEqualTo(before);
			switch (step[0]) {
				case TASK_APPRAISE -> driver.approve(id, step[1]);
				case TASK_COUNCIL_VOTE -> driver.vote(id, step[1], 15, 13, 12);
				default -> driver.sign(id, step[1]);
			}
		}
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
		assertThat(seen).isNotEmpty().allSatisfy(name -> assertThat(ReviewTask.APPRAISE.presented()
			.contains(name) || ReviewTask.APPRAISE.presetDefaults().contains(name) || ReviewTask.SIGN.presented().contains(name)
				|| ReviewTask.COUNCIL_VOTE.presented().contains(name)).as(name).isTrue());
	}

	@Test
	void theJavaApi_isHeldToTheSameRules() {
		String id = giayKhen("Qua Java API");
		Snapshot before = snapshot(id);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(id, TASK_APPRAISE, "giaothuy.chuyenvien",
				"outcome", "APPROVE", "councilRequired", false))
			.rootCause()
			.isInstanceOf(ReviewInputException.class)
			.hasMessageContaining("councilRequired");
		// groups claimed in the authentication do not make a member
		String task = taskId(id, TASK_APPRAISE);
		identity.setAuthentication("bnv.chuyenvien", List.of("GIAO_THUY.appraiser"));
		try {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(task, Map.of("outcome", "APPROVE")))
				.rootCause()
				.isInstanceOf(ReviewerNotAllowedException.class);
		}
		finally {
			identity.clearAuthentication();
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(task, Map.of("outcome", "APPROVE")))
			.rootCause()
			.isInstanceOf(ReviewerNotAllowedException.class);
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void lengthsAreCheckedWhereInputEnters_onTheJavaApiAsOnTheRestApi() {
		var nominator = driver.user("giaophong.canbo");
		var service = driver.dossierService();
		long before = jdbcCount("select count(*) from dossier");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.submit(new vn.tdkt.awards.nomination.SubmitDossier(
				"GIAO_PHONG", "GIAY_KHEN", "NTM_2021_2025", vn.tdkt.awards.nomination.CommendationKind.PHONG_TRAO, 2024,
				"t".repeat(501), List.of(person("Ai đó")), null), nominator))
			.isInstanceOf(vn.tdkt.awards.system.InvalidInputException.class)
			.hasMessageContaining("500");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.submit(new vn.tdkt.awards.nomination.SubmitDossier(
				"GIAO_PHONG", "GIAY_KHEN", "NTM_2021_2025", vn.tdkt.awards.nomination.CommendationKind.PHONG_TRAO, 2024,
				"Trích yếu", List.of(person("n".repeat(256))), null), nominator))
			.isInstanceOf(vn.tdkt.awards.system.InvalidInputException.class)
			.satisfies(ex -> assertThat(((vn.tdkt.awards.system.InvalidInputException) ex).field())
				.isEqualTo("nominees[0].name"));
		assertThat(jdbcCount("select count(*) from dossier")).isEqualTo(before);

		// a reviewer's long comment is cut where it is composed into a reason, never refused by a column
		String id = giayKhen("Người bị loại");
		driver.complete(id, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "REJECT", "comment",
				"Lý do rất dài ".repeat(140));
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.REJECTED);
		assertThat(dossiers.nominees(id).get(0).reason()).hasSizeLessThanOrEqualTo(1000).endsWith("…");
		assertThat(dossiers.events(id)).anySatisfy(e -> assertThat(e.comment()).startsWith("Lý do rất dài"));
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	long jdbcCount(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
