package vn.tdkt.awards.bench;

import static vn.tdkt.awards.workflow.AwardNominationProcess.FORWARD_DOSSIER;
import static vn.tdkt.awards.workflow.AwardNominationProcess.REGISTER_DOSSIER;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The bare engine on the same route: our three BPMN models deployed again under "bare-" keys with every delegate and
 * listener replaced by {@link Noop}, and the {@code route} bean our gateways read by {@link Route}, which keep the
 * routing state our code keeps in its tables in memory (no services, no tables, no outbox). Same elements, gateways,
 * asynchronous continuations, timers and call activities.
 */
final class BareRoute {

	static final String KEY = "bare-award-nomination";

	/** The hops of a BK_TTG dossier from xã Giao Phong: candidate group orgs, and which hop posts and votes. */
	static final String[] ORGS = { "GIAO_PHONG", "GIAO_THUY", "NAM_DINH", "BNV", "TTG" };

	static final int COUNCIL_HOP = 2;

	private BareRoute() {
	}

	static void deploy(RepositoryService repository) {
		var deployment = repository.createDeployment().name("bench-bare");
		for (String file : new String[] { "award-nomination.bpmn", "level-review.bpmn", "public-posting.bpmn" }) {
			deployment.addString("bare-" + file, bare(read(Path.of("bpmn", file))));
		}
		deployment.deploy();
	}

	static String bare(String xml) {
		return xml.replaceAll("\\$\\{[a-zA-Z]+(Delegate|Listener)\\}", "\\${benchNoop}")
			.replaceAll("\\$\\{(!?)route\\.", "\\${$1benchRoute.")
			.replace("id=\"award-nomination\"", "id=\"bare-award-nomination\"")
			.replace("id=\"level-review\"", "id=\"bare-level-review\"")
			.replace("id=\"public-posting\"", "id=\"bare-public-posting\"")
			.replace("calledElement=\"level-review\"", "calledElement=\"bare-level-review\"")
			.replace("calledElement=\"public-posting\"", "calledElement=\"bare-public-posting\"")
			.replaceAll(" camunda:formRef=\"[^\"]*\"", "")
			.replaceAll(" camunda:formRefBinding=\"[^\"]*\"", "");
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where a bare dossier stands: what our tables hold for the route, per business key. */
	static final class State {

		volatile int hop = 1;

		volatile String appraisal;

		volatile String signature;

		volatile String levelOutcome;

	}

	static final Map<String, State> STATES = new ConcurrentHashMap<>();

	static State state(DelegateExecution execution) {
		return STATES.computeIfAbsent(execution.getProcessBusinessKey(), k -> new State());
	}

	/** {@code ${benchRoute...}}: what {@code LevelRoute} answers from our tables, from memory. */
	public static final class Route {

		public String appraisers(DelegateExecution execution) {
			return ORGS[state(execution).hop] + ".appraiser";
		}

		public String secretaries(DelegateExecution execution) {
			return ORGS[state(execution).hop] + ".secretary";
		}

		public String leaders(DelegateExecution execution) {
			return ORGS[state(execution).hop] + ".leader";
		}

		public String appraisal(DelegateExecution execution) {
			return state(execution).appraisal;
		}

		public String signature(DelegateExecution execution) {
			return state(execution).signature;
		}

		/** A BK_TTG is not posted publicly (orders and state titles are), as the application decides. */
		public boolean postingRequired(DelegateExecution execution) {
			return false;
		}

		public boolean councilRequired(DelegateExecution execution) {
			return state(execution).hop == COUNCIL_HOP;
		}

		public int nomineesRemaining(DelegateExecution execution) {
			return 2;
		}

		public String levelOutcome(DelegateExecution execution) {
			return state(execution).levelOutcome;
		}

	}

	/** Does what the route needs of our delegates and listeners, and nothing else. */
	static final class Noop implements JavaDelegate, TaskListener, ExecutionListener {

		@Override
		public void execute(DelegateExecution execution) {
			switch (execution.getCurrentActivityId()) {
				case REGISTER_DOSSIER -> state(execution).hop = 1;
				case "serviceTask_startPublicPosting" -> execution.setVariable("postingEnds",
						Variables.dateValue(Date.from(Instant.now().plus(14, ChronoUnit.DAYS)), true));
				case FORWARD_DOSSIER -> state(execution).hop++;
				default -> {
					// nothing else is needed by the route
				}
			}
		}

		@Override
		public void notify(DelegateExecution execution) {
			// deadlines, as ScheduleDeadlinesListener sets them before a task is entered
			execution.setVariable("taskDue", Variables.dateValue(Date.from(Instant.now().plus(20, ChronoUnit.DAYS)), true));
			execution.setVariable("taskReminder",
					Variables.dateValue(Date.from(Instant.now().plus(15, ChronoUnit.DAYS)), true));
		}

		@Override
		public void notify(DelegateTask task) {
			if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
				return;
			}
			State state = state(task.getExecution());
			switch (task.getTaskDefinitionKey()) {
				case TASK_APPRAISE -> state.appraisal = "APPROVE";
				case TASK_SIGN -> {
					state.signature = "SIGN";
					state.levelOutcome = state.hop == ORGS.length - 1 ? "DECIDED" : "FORWARDED";
				}
				default -> {
					// the council keeps both nominees
				}
			}
		}

	}

}
