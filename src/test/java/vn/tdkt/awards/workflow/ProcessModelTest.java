package vn.tdkt.awards.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.tdkt.awards.workflow.AwardNominationProcess.END_DECIDED;
import static vn.tdkt.awards.workflow.AwardNominationProcess.END_EXPIRED;
import static vn.tdkt.awards.workflow.AwardNominationProcess.END_LEVEL_EXPIRED;
import static vn.tdkt.awards.workflow.AwardNominationProcess.END_LEVEL_REJECTED;
import static vn.tdkt.awards.workflow.AwardNominationProcess.END_LEVEL_SIGNED;
import static vn.tdkt.awards.workflow.AwardNominationProcess.END_REJECTED;
import static vn.tdkt.awards.workflow.AwardNominationProcess.END_WITHDRAWN;
import static vn.tdkt.awards.workflow.AwardNominationProcess.FORWARD_DOSSIER;
import static vn.tdkt.awards.workflow.AwardNominationProcess.ISSUE_DECISION;
import static vn.tdkt.awards.workflow.AwardNominationProcess.OPEN_LEVEL_REVIEW;
import static vn.tdkt.awards.workflow.AwardNominationProcess.POSTING_PERIOD;
import static vn.tdkt.awards.workflow.AwardNominationProcess.POST_PUBLICLY;
import static vn.tdkt.awards.workflow.AwardNominationProcess.PRINT_DECISION;
import static vn.tdkt.awards.workflow.AwardNominationProcess.PRINT_SUBMISSION;
import static vn.tdkt.awards.workflow.AwardNominationProcess.REGISTER_DOSSIER;
import static vn.tdkt.awards.workflow.AwardNominationProcess.RETURN_DOSSIER;
import static vn.tdkt.awards.workflow.AwardNominationProcess.REVIEW_AT_LEVEL;
import static vn.tdkt.awards.workflow.AwardNominationProcess.SUPPLEMENT_DEADLINE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_VERIFY_OBJECTION;
import static vn.tdkt.awards.workflow.AwardNominationProcess.WAIT_FOR_SUPPLEMENT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three BPMN models on a bare in-memory engine, without the application: every delegate and listener is a
 * recording no-op, and the route (bean {@code route}, in the application {@code review.LevelRoute} reading our tables)
 * is a stub the test sets before each step. Checks each path's tasks (names, candidate groups) and the elements
 * passed, in order, in seconds, so that a change of the model is checked before the full-stack tests
 * ({@code NominationProcessTest}) run the same paths with the real services.
 */
class ProcessModelTest {

	static final String APPRAISERS = "stub-appraisers";

	static final String SECRETARIES = "stub-secretaries";

	static final String LEADERS = "stub-leaders";

	static ProcessEngine engine;

	/** What the route answers at the next gateway. */
	public static final class StubRoute {

		String appraisal = "APPROVE";

		String signature = "SIGN";

		String levelOutcome = "DECIDED";

		boolean postingRequired;

		boolean councilRequired = true;

		int nomineesRemaining = 1;

		public String appraisers(DelegateExecution execution) {
			return APPRAISERS;
		}

		public String secretaries(DelegateExecution execution) {
			return SECRETARIES;
		}

		public String leaders(DelegateExecution execution) {
			return LEADERS;
		}

		public String appraisal(DelegateExecution execution) {
			return appraisal;
		}

		public String signature(DelegateExecution execution) {
			return signature;
		}

		public String levelOutcome(DelegateExecution execution) {
			return levelOutcome;
		}

		public boolean postingRequired(DelegateExecution execution) {
			return postingRequired;
		}

		public boolean councilRequired(DelegateExecution execution) {
			return councilRequired;
		}

		public int nomineesRemaining(DelegateExecution execution) {
			return nomineesRemaining;
		}

	}

	/** A delegate or listener that records its bean name; those that set deadlines in the application set them here too. */
	static final class Recorder implements JavaDelegate, TaskListener, ExecutionListener {

		final String name;

		final List<String> calls;

		Recorder(String name, List<String> calls) {
			this.name = name;
			this.calls = calls;
		}

		@Override
		public void execute(DelegateExecution execution) {
			calls.add(name);
			Date inAWeek = Date.from(Instant.now().plus(7, ChronoUnit.DAYS));
			execution.setVariable("taskDue", inAWeek);
			execution.setVariable("taskReminder", Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
			execution.setVariable("supplementDue", inAWeek);
			execution.setVariable("postingEnds", inAWeek);
		}

		@Override
		public void notify(DelegateExecution execution) {
			calls.add(name);
		}

		@Override
		public void notify(DelegateTask task) {
			calls.add(name);
		}

	}

	static final List<String> BEANS = List.of("registerDossierDelegate", "forwardDossierDelegate",
			"printSubmissionDelegate", "issueDecisionDelegate", "printDecisionDelegate", "closeRejectedDossierDelegate",
			"expireDossierDelegate", "withdrawDossierDelegate", "openLevelReviewDelegate", "returnDossierDelegate",
			"recordSupplementExpiredDelegate", "resumeReviewDelegate", "tallyPostingDelegate",
			"closeWithoutNomineesDelegate", "startPublicPostingDelegate", "scheduleDeadlinesListener",
			"prepareReviewTaskListener", "guardAssigneeListener", "recordAppraisalListener", "recordCouncilVoteListener",
			"recordSignatureListener", "recordObjectionVerdictListener", "notifyCandidatesListener",
			"remindCandidatesListener", "escalateToLeadersListener");

	StubRoute route;

	List<String> calls;

	@BeforeAll
	static void buildEngine() {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setProcessEngineName("process-model-test");
		configuration.setJdbcUrl("jdbc:h2:mem:process-model-test;DB_CLOSE_DELAY=-1");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		configuration.setExpressionManager(new MockExpressionManager());
		configuration.setMetricsEnabled(false);
		engine = configuration.buildProcessEngine();
		engine.getRepositoryService()
			.createDeployment()
			.name("process-model-test")
			.addClasspathResource("bpmn/award-nomination.bpmn")
			.addClasspathResource("bpmn/level-review.bpmn")
			.addClasspathResource("bpmn/public-posting.bpmn")
			.addClasspathResource("bpmn/forms/appraise.form")
			.addClasspathResource("bpmn/forms/council-vote.form")
			.addClasspathResource("bpmn/forms/sign.form")
			.addClasspathResource("bpmn/forms/verify-objection.form")
			.deploy();
	}

	@AfterAll
	static void closeEngine() {
		engine.close();
	}

	@BeforeEach
	void stubs() {
		BpmnAwareTests.init(engine);
		route = new StubRoute();
		calls = new ArrayList<>();
		Mocks.register("route", route);
		BEANS.forEach(bean -> Mocks.register(bean, new Recorder(bean, calls)));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	ProcessInstance submit(String dossierId) {
		ProcessInstance dossier = engine.getRuntimeService()
			.startProcessInstanceByKey(AwardNominationProcess.KEY, dossierId);
		// the submitter's transaction ends after the route is recorded (asyncAfter)
		assertThat(dossier).isWaitingAt(REGISTER_DOSSIER);
		execute(job(dossier));
		return dossier;
	}

	/** The hop's level-review instance now running (the last one started for the dossier). */
	ProcessInstance hop(String dossierId) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(AwardNominationProcess.LEVEL_REVIEW_KEY)
			.processInstanceBusinessKey(dossierId)
			.active()
			.singleResult();
	}

	/** Completes the hop's open task with the given name, checked for its group, and runs the savepoint after it. */
	void completeTask(ProcessInstance instance, String taskKey, String name, String group) {
		Task task = task(taskKey, instance);
		assertThat(task).hasName(name).hasCandidateGroup(group);
		assertThat(task.getDueDate()).isNotNull();
		complete(task);
		// every review task commits on its own (asyncAfter): the reviewer's completion is short
		execute(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
			.singleResult());
	}

	/** Runs the asynchronous service tasks of the dossier's process waiting now (printing, deciding). */
	void runJobs(ProcessInstance dossier) {
		for (Job job; (job = engine.getManagementService().createJobQuery().processInstanceId(dossier.getId())
			.executable().singleResult()) != null;) {
			execute(job);
		}
	}

	@Test
	void decidedAtTheFirstLevel_appraisalCouncilSignature_thenTheDecisionAndItsPapers() {
		ProcessInstance dossier = submit("D-decided");
		ProcessInstance hop = hop("D-decided");
		assertThat(dossier).isWaitingAt(REVIEW_AT_LEVEL);
		completeTask(hop, TASK_APPRAISE, "Thẩm định hồ sơ", APPRAISERS);
		completeTask(hop, TASK_COUNCIL_VOTE, "Ghi nhận kết quả bỏ phiếu của Hội đồng", SECRETARIES);
		completeTask(hop, TASK_SIGN, "Ký duyệt", LEADERS);
		assertThat(hop).isEnded().hasPassedInOrder(OPEN_LEVEL_REVIEW, TASK_APPRAISE, TASK_COUNCIL_VOTE, TASK_SIGN,
				END_LEVEL_SIGNED);
		// deciding and printing: each its own transaction, retried apart
		assertThat(dossier).isWaitingAt(ISSUE_DECISION);
		execute(job(dossier));
		assertThat(dossier).isWaitingAt(PRINT_DECISION);
		execute(job(dossier));
		assertThat(dossier).isEnded().hasPassedInOrder(REGISTER_DOSSIER, REVIEW_AT_LEVEL, ISSUE_DECISION, PRINT_DECISION,
				END_DECIDED);
		assertThat(calls).containsSubsequence("registerDossierDelegate", "openLevelReviewDelegate",
				"recordAppraisalListener", "recordCouncilVoteListener", "recordSignatureListener",
				"issueDecisionDelegate", "printDecisionDelegate");
	}

	@Test
	void forwarded_theSubmissionIsPrinted_andTheNextLevelReviews_withoutACouncilWhereNoneIsRequired() {
		ProcessInstance dossier = submit("D-forwarded");
		ProcessInstance first = hop("D-forwarded");
		route.levelOutcome = "FORWARDED";
		completeTask(first, TASK_APPRAISE, "Thẩm định hồ sơ", APPRAISERS);
		completeTask(first, TASK_COUNCIL_VOTE, "Ghi nhận kết quả bỏ phiếu của Hội đồng", SECRETARIES);
		completeTask(first, TASK_SIGN, "Ký duyệt", LEADERS);
		assertThat(dossier).isWaitingAt(PRINT_SUBMISSION);
		route.councilRequired = false;
		execute(job(dossier));
		ProcessInstance second = hop("D-forwarded");
		assertThat(second.getId()).isNotEqualTo(first.getId());
		completeTask(second, TASK_APPRAISE, "Thẩm định hồ sơ", APPRAISERS);
		route.levelOutcome = "DECIDED";
		completeTask(second, TASK_SIGN, "Ký duyệt", LEADERS);
		assertThat(second).isEnded().hasNotPassed(TASK_COUNCIL_VOTE);
		runJobs(dossier);
		assertThat(dossier).isEnded().hasPassedInOrder(PRINT_SUBMISSION, FORWARD_DOSSIER, ISSUE_DECISION, END_DECIDED);
		assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(dossier.getId())
			.activityId(REVIEW_AT_LEVEL).count()).isEqualTo(2);
	}

	@Test
	void returnedForSupplement_theSupplementResumesTheAppraisal_andTheLeadersReturnGoesBackToIt() {
		ProcessInstance dossier = submit("D-returned");
		ProcessInstance hop = hop("D-returned");
		route.appraisal = "RETURN";
		completeTask(hop, TASK_APPRAISE, "Thẩm định hồ sơ", APPRAISERS);
		assertThat(hop).isWaitingAt(WAIT_FOR_SUPPLEMENT).hasPassed(RETURN_DOSSIER);
		engine.getRuntimeService()
			.createMessageCorrelation(AwardNominationProcess.MESSAGE_SUPPLEMENTED)
			.processInstanceId(hop.getId())
			.correlate();
		route.appraisal = "APPROVE";
		route.signature = "RETURN";
		completeTask(hop, TASK_APPRAISE, "Thẩm định hồ sơ", APPRAISERS);
		completeTask(hop, TASK_COUNCIL_VOTE, "Ghi nhận kết quả bỏ phiếu của Hội đồng", SECRETARIES);
		completeTask(hop, TASK_SIGN, "Ký duyệt", LEADERS);
		// the leader's return: the appraisal again, in the same hop
		assertThat(hop).isWaitingAt(TASK_APPRAISE);
		assertThat(calls).containsSubsequence("returnDossierDelegate", "resumeReviewDelegate", "recordSignatureListener");
	}

	@Test
	void aSupplementNeverSent_expiresTheHopAndTheDossier() {
		ProcessInstance dossier = submit("D-expired");
		ProcessInstance hop = hop("D-expired");
		route.appraisal = "RETURN";
		completeTask(hop, TASK_APPRAISE, "Thẩm định hồ sơ", APPRAISERS);
		route.levelOutcome = "EXPIRED";
		execute(job(hop)); // the supplement's deadline
		assertThat(hop).isEnded().hasPassedInOrder(RETURN_DOSSIER, SUPPLEMENT_DEADLINE, END_LEVEL_EXPIRED);
		assertThat(dossier).isEnded().hasPassed(END_EXPIRED);
	}

	@Test
	void publicPosting_anObjectionIsVerified_andAHopWithNobodyLeftEnds_rejected() {
		ProcessInstance dossier = submit("D-posted");
		ProcessInstance hop = hop("D-posted");
		route.postingRequired = true;
		completeTask(hop, TASK_APPRAISE, "Thẩm định hồ sơ", APPRAISERS);
		assertThat(hop).isWaitingAt(POST_PUBLICLY);
		ProcessInstance posting = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(AwardNominationProcess.PUBLIC_POSTING_KEY)
			.processInstanceBusinessKey("D-posted")
			.singleResult();
		assertThat(posting).isWaitingAt(POSTING_PERIOD);
		engine.getRuntimeService()
			.createMessageCorrelation(AwardNominationProcess.MESSAGE_OBJECTION)
			.processInstanceId(posting.getId())
			.correlate();
		// the objection is verified while the posting period runs on
		completeTask(posting, TASK_VERIFY_OBJECTION, "Xác minh phản ánh", APPRAISERS);
		assertThat(posting).isWaitingAt(POSTING_PERIOD);
		route.nomineesRemaining = 0;
		route.levelOutcome = "REJECTED";
		execute(job(posting)); // the posting period is over
		assertThat(hop).isEnded().hasNotPassed(TASK_SIGN).hasPassed("serviceTask_closeWithoutNominees");
		assertThat(dossier).isEnded().hasPassed(END_REJECTED);
	}

	@Test
	void anAppraiserRejecting_endsTheHopAndTheDossier() {
		ProcessInstance dossier = submit("D-rejected");
		ProcessInstance hop = hop("D-rejected");
		route.appraisal = "REJECT";
		route.levelOutcome = "REJECTED";
		completeTask(hop, TASK_APPRAISE, "Thẩm định hồ sơ", APPRAISERS);
		assertThat(hop).isEnded().hasPassed(END_LEVEL_REJECTED);
		assertThat(dossier).isEnded().hasPassed(END_REJECTED);
	}

	@Test
	void aWithdrawal_endsTheDossierWhateverItsHopIsDoing() {
		ProcessInstance dossier = submit("D-withdrawn");
		ProcessInstance hop = hop("D-withdrawn");
		assertThat(hop).isWaitingAt(TASK_APPRAISE);
		engine.getRuntimeService()
			.createMessageCorrelation(AwardNominationProcess.MESSAGE_WITHDRAWN)
			.processInstanceBusinessKey("D-withdrawn")
			.correlate();
		assertThat(dossier).isEnded().hasPassed(END_WITHDRAWN);
		assertThat(hop).isEnded();
		assertThat(calls).contains("withdrawDossierDelegate");
	}

}
