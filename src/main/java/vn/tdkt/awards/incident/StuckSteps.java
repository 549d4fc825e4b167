package vn.tdkt.awards.incident;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.NotFoundException;
import vn.tdkt.awards.system.SafeMessages;

/**
 * Dossiers whose process is stuck on a step that failed after its retries (a decision that could not be issued, a
 * paper that could not be printed): administrators see them here and in Cockpit, and try the step again once its
 * cause is mended; the dossier then goes on where it stopped.
 */
@Service
public class StuckSteps {

	private static final Logger LOG = LoggerFactory.getLogger(StuckSteps.class);

	private final RuntimeService runtime;

	private final ManagementService management;

	private final RepositoryService repository;

	public StuckSteps(RuntimeService runtime, ManagementService management, RepositoryService repository) {
		this.runtime = runtime;
		this.management = management;
		this.repository = repository;
	}

	public List<StuckStep> list() {
		List<Incident> incidents = runtime.createIncidentQuery().list();
		if (incidents.isEmpty()) {
			return List.of();
		}
		Map<String, String> dossiers = runtime.createProcessInstanceQuery()
			.processInstanceIds(incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.stream()
			.filter(p -> p.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		List<StuckStep> steps = new ArrayList<>();
		for (Incident incident : incidents) {
			steps.add(new StuckStep(incident.getId(), dossiers.get(incident.getProcessInstanceId()),
					incident.getActivityId(), activityName(incident), LocalDateTime.ofInstant(
							incident.getIncidentTimestamp().toInstant(), AppClock.ZONE),
					SafeMessages.safe(incident.getIncidentMessage(), reference(incident)),
					Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())));
		}
		steps.sort(Comparator.comparing(StuckStep::since));
		return steps;
	}

	/** Tries the failed step again: its job gets one more attempt, which the job executor runs at once. */
	public StuckStep retry(String incidentId) {
		Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
		if (incident == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
			throw new NotFoundException("error.incident.not-retryable", incidentId);
		}
		StuckStep step = list().stream().filter(s -> s.id().equals(incidentId)).findFirst().orElseThrow();
		management.setJobRetries(incident.getConfiguration(), 1);
		management.setJobDuedate(incident.getConfiguration(), null);
		LOG.info("Step {} of dossier {} retried by an administrator", step.activityId(), step.dossierId());
		return step;
	}

	private String activityName(Incident incident) {
		try {
			var model = repository.getBpmnModelInstance(incident.getProcessDefinitionId());
			FlowElement element = model.getModelElementById(incident.getActivityId());
			return element == null || element.getName() == null ? incident.getActivityId() : element.getName();
		}
		catch (RuntimeException ex) {
			return incident.getActivityId();
		}
	}

	/** The reference under which the log holds the whole message. */
	private static String reference(Incident incident) {
		String reference = incident.getId().substring(0, 8);
		if (SafeMessages.leaks(incident.getIncidentMessage())) {
			LOG.warn("Incident {} (reference {}): {}", incident.getId(), reference, incident.getIncidentMessage());
		}
		return reference;
	}

}
