package vn.tdkt.awards.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The bare engine on the same route: our three BPMN models deployed again under "bare-" keys with every delegate and
 * listener replaced by {@link Noop}, which only sets the routing variables our code would set (no services, no
 * tables, no outbox). Same elements, gateways, asynchronous continuations, timers and call activities.
 */
final class BareRoute {

	static final String KEY = "bare-award-nomination";

	/** The hops of a BK_TTG dossier from xã Giao Phong: candidate group orgs, and which hop posts and votes. */
	static final String[] ORGS = { "GIAO_PHONG", "GIAO_THUY", "NAM_DINH", "BNV", "TTG" };

	static final int POSTING_HOP = 2;

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

	/** Sets what the route needs, as our delegates and listeners would, and nothing else. */
	static final class Noop implements JavaDelegate, TaskListener, ExecutionListener {

		@Override
		public void execute(DelegateExecution execution) {
			switch (execution.getCurrentActivityId()) {
				case "serviceTask_registerDossier" -> {
					execution.setVariable("dossierId", execution.getProcessBusinessKey());
					execution.setVariable("hop", 1);
				}
				case "serviceTask_openLevelReview" -> {
					int hop = (Integer) execution.getVariable("hop");
					String org = ORGS[hop];
					execution.setVariable("appraiserGroup", org + ".appraiser");
					execution.setVariable("secretaryGroup", org + ".secretary");
					execution.setVariable("leaderGroup", org + ".leader");
					execution.setVariable("postingRequired", hop == POSTING_HOP);
					execution.setVariable("councilRequired", hop == POSTING_HOP);
					execution.setVariable("nomineesRemaining", 2);
				}
				case "serviceTask_startPublicPosting" -> execution.setVariable("postingEnds",
						Date.from(Instant.now().plus(14, ChronoUnit.DAYS)));
				case "serviceTask_forwardDossier" -> execution.setVariable("hop", (Integer) execution.getVariable("hop") + 1);
				default -> {
					// nothing else is needed by the route
				}
			}
		}

		@Override
		public void notify(DelegateExecution execution) {
			// deadlines, as ScheduleDeadlinesListener sets them before a task is entered
			execution.setVariable("taskDue", Date.from(Instant.now().plus(20, ChronoUnit.DAYS)));
			execution.setVariable("taskReminder", Date.from(Instant.now().plus(15, ChronoUnit.DAYS)));
		}

		@Override
		public void notify(DelegateTask task) {
			if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
				return;
			}
			switch (task.getTaskDefinitionKey()) {
				case "appraise" -> task.getExecution().setVariable("appraisalOutcome", "APPROVE");
				case "sign" -> {
					int hop = (Integer) task.getExecution().getVariable("hop");
					task.getExecution().setVariable("signOutcome", "SIGN");
					task.getExecution().setVariable("levelOutcome", hop == ORGS.length - 1 ? "DECIDED" : "FORWARDED");
				}
				default -> {
					// the council keeps both nominees
				}
			}
		}

	}

}
