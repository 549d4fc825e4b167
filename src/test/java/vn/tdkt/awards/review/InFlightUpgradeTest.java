package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.OwnJvm;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * A dossier in flight under the earlier model (routing values in process variables, UPDATE on its task for the
 * candidates) when this version starts: its values move to our tables, its instance to the latest model without a
 * single variable, its candidates keep only TASK_WORK, and it goes on by the law's route.
 */
@AppTest
@OwnJvm
class InFlightUpgradeTest {

	@Autowired
	ProcessDriver driver;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	InFlightUpgrade upgrade;

	@Autowired
	DossierLifecycle dossiers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLevelReviewWaitingAtItsAppraisal_underTheEarlierModel_isUpgraded() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Hồ sơ cũ"));
		// as the earlier version left it: no routing state in our tables, all of it in the instance
		runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).processDefinitionKey(AwardNominationProcess.KEY)
			.list()
			.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "replaced by an instance of the earlier model", true, true));
		jdbc.sql("update dossier_hop set council_required = null, posting_required = null where dossier_id = ?")
			.param(id)
			.update();
		String legacy = repository.createDeployment()
			.name("earlier-model")
			.addClasspathResource("legacy-bpmn/level-review.bpmn")
			.deployWithResult()
			.getDeployedProcessDefinitions()
			.get(0)
			.getId();
		Map<String, Object> variables = new HashMap<>();
		variables.put("dossierId", id);
		variables.put("hop", 1);
		variables.put("appraiserGroup", "GIAO_THUY.appraiser");
		variables.put("secretaryGroup", "GIAO_THUY.secretary");
		variables.put("leaderGroup", "GIAO_THUY.leader");
		variables.put("councilRequired", true);
		variables.put("postingRequired", false);
		variables.put("taskDue", new Date(System.currentTimeMillis() + 10 * 86_400_000L));
		variables.put("taskReminder", new Date(System.currentTimeMillis() + 8 * 86_400_000L));
		String instance = runtime.createProcessInstanceById(legacy)
			.businessKey(id)
			.startBeforeActivity(TASK_APPRAISE)
			.setVariables(variables)
			.execute()
			.getId();
		String task = driver.task(id, TASK_APPRAISE).getId();
		Authorization candidates = authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(task)
			.groupIdIn("GIAO_THUY.appraiser")
			.singleResult();
		candidates.removePermission(Permissions.TASK_WORK);
		candidates.addPermission(Permissions.UPDATE);
		authorizations.saveAuthorization(candidates);

		// the next release deploys its model (changed, so a new version) and starts
		var release = repository.createDeployment().name("next-release");
		for (String resource : List.of("award-nomination.bpmn", "level-review.bpmn", "public-posting.bpmn",
				"forms/appraise.form", "forms/council-vote.form", "forms/sign.form", "forms/verify-objection.form")) {
			release.addClasspathResource("bpmn/" + resource);
		}
		release.deploy();
		upgrade.run();

		var latest = repository.createProcessDefinitionQuery()
			.processDefinitionKey(AwardNominationProcess.LEVEL_REVIEW_KEY)
			.latestVersion()
			.singleResult();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
			.isEqualTo(latest.getId());
		assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance).list())
			.allSatisfy(v -> assertThat(v.getTaskId()).as(v.getName()).isNotNull());
		assertThat(dossiers.hopState(id, 1).councilRequired()).isTrue();
		assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
			.hasPermission(Permissions.UPDATE).count()).isZero();
		assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
			.groupIdIn("GIAO_THUY.appraiser").hasPermission(Permissions.TASK_WORK).count()).isEqualTo(1);

		// an administrator's grant on every task stays whole
		assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(Authorization.ANY)
			.groupIdIn("camunda-admin").hasPermission(Permissions.UPDATE).count()).isEqualTo(1);

		// it goes on by the route in our tables: the council votes before the leader signs
		driver.approve(id, "giaothuy.chuyenvien");
		assertThat(driver.task(id, TASK_COUNCIL_VOTE)).isNotNull();
		// and a second start finds nothing to do
		upgrade.run();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
			.isEqualTo(latest.getId());
	}

}
