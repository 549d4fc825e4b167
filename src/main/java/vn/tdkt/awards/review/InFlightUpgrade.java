package vn.tdkt.awards.review;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * Brings dossiers in flight under an earlier version of the processes to this one, at start-up: their routing values
 * (which earlier versions kept in process variables a completion could overwrite) move to the dossier's hop in our
 * tables, the instances are migrated to the latest definitions (same element ids) and lose every variable, and the
 * permissions earlier versions gave on open tasks (UPDATE) become TASK_WORK. Idempotent: a second run finds nothing.
 */
@Component
public class InFlightUpgrade {

	private static final Logger LOG = LoggerFactory.getLogger(InFlightUpgrade.class);

	/** The variables earlier versions kept in the process; this version keeps none. */
	static final List<String> LEGACY_VARIABLES = List.of("dossierId", "hop", "levelOutcome", "appraiserGroup",
			"secretaryGroup", "leaderGroup", "councilRequired", "postingRequired", "nomineesRemaining",
			"appraisalOutcome", "signOutcome", "supplementDue", "postingEnds", "taskDue", "taskReminder");

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final AuthorizationService authorizations;

	private final DossierLifecycle dossiers;

	public InFlightUpgrade(RepositoryService repository, RuntimeService runtime, AuthorizationService authorizations,
			DossierLifecycle dossiers) {
		this.repository = repository;
		this.runtime = runtime;
		this.authorizations = authorizations;
		this.dossiers = dossiers;
	}

	@Transactional
	public void run() {
		int permissions = taskWorkOnOpenTasks();
		int migrated = 0;
		for (String key : List.of(AwardNominationProcess.KEY, AwardNominationProcess.LEVEL_REVIEW_KEY,
				AwardNominationProcess.PUBLIC_POSTING_KEY)) {
			migrated += migrate(key);
		}
		if (permissions + migrated > 0) {
			LOG.info("Dossiers in flight upgraded: {} process instances migrated, {} task permissions narrowed to TASK_WORK",
					migrated, permissions);
		}
	}

	/**
	 * UPDATE on one task let its candidates and assignee reassign it and write its variables; they may only work on
	 * it. Grants on every task ({@code *}, an administrator's) stay as they are.
	 */
	int taskWorkOnOpenTasks() {
		int changed = 0;
		for (Authorization grant : authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.hasPermission(Permissions.UPDATE)
			.list()) {
			if (grant.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT
					|| Authorization.ANY.equals(grant.getResourceId())
					|| org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN.equals(grant.getGroupId())) {
				continue;
			}
			grant.removePermission(Permissions.UPDATE);
			grant.addPermission(Permissions.TASK_WORK);
			authorizations.saveAuthorization(grant);
			changed++;
		}
		return changed;
	}

	private int migrate(String key) {
		ProcessDefinition latest = repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult();
		if (latest == null) {
			return 0;
		}
		int migrated = 0;
		for (ProcessDefinition old : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
			if (old.getId().equals(latest.getId())) {
				continue;
			}
			List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).list();
			if (running.isEmpty()) {
				continue;
			}
			running.forEach(this::carryRoutingToTables);
			MigrationPlan plan = runtime.createMigrationPlan(old.getId(), latest.getId())
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
			List<String> ids = running.stream().map(ProcessInstance::getId).toList();
			runtime.newMigration(plan).processInstanceIds(ids).execute();
			for (String id : ids) {
				runtime.removeVariables(id, LEGACY_VARIABLES);
			}
			migrated += ids.size();
		}
		return migrated;
	}

	/** The routing values an earlier version held in the instance, kept on the dossier's current hop. */
	private void carryRoutingToTables(ProcessInstance instance) {
		String dossierId = instance.getBusinessKey();
		if (dossierId == null || dossiers.find(dossierId).isEmpty()) {
			return;
		}
		int hop = dossiers.require(dossierId).currentHop();
		Map<String, Object> values = runtime.getVariables(instance.getId(), LEGACY_VARIABLES);
		var state = dossiers.hopState(dossierId, hop);
		if (state.councilRequired() == null && values.get("councilRequired") instanceof Boolean council) {
			dossiers.openHop(dossierId, hop, council, Boolean.TRUE.equals(values.get("postingRequired")));
		}
		if (state.appraisalOutcome() == null && values.get("appraisalOutcome") instanceof String outcome) {
			dossiers.setAppraisalOutcome(dossierId, hop, outcome);
		}
		if (state.signOutcome() == null && values.get("signOutcome") instanceof String outcome) {
			dossiers.setSignOutcome(dossierId, hop, outcome);
		}
		if (state.outcome() == null && values.get("levelOutcome") instanceof String outcome) {
			dossiers.setHopOutcome(dossierId, hop, outcome);
		}
	}

}
