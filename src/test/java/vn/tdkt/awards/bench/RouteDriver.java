package vn.tdkt.awards.bench;

import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives one dossier's BK_TTG route from xã Giao Phong (nine user tasks; no public posting since a BK_TTG is not
 * posted, Decree 98/2023 art. 46(2)) as the reviewers'
 * contract says, on our processes or on the bare ones: claims and completes each task as its demo user (the
 * engine's authorization applies), then runs the dossier's own asynchronous continuations, as the job executor would.
 * Works for any number of threads, each on its own dossiers.
 */
final class RouteDriver {

	private final TaskService tasks;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final IdentityService identity;

	private final Stats completion;

	private final Map<String, List<String>> groups = new java.util.concurrent.ConcurrentHashMap<>();

	RouteDriver(ProcessEngine engine, Stats completion) {
		this.tasks = engine.getTaskService();
		this.management = engine.getManagementService();
		this.runtime = engine.getRuntimeService();
		this.identity = engine.getIdentityService();
		this.completion = completion;
	}

	/** From the district's appraisal to the Prime Minister's signature. {@code nominees}: ids for the council. */
	int drive(String key, List<Long> nominees) {
		runJobs(key);
		int done = 0;
		done += complete(key, TASK_APPRAISE, "giaothuy.chuyenvien", Map.of("outcome", "APPROVE"));
		done += complete(key, TASK_SIGN, "giaothuy.chutich", Map.of("outcome", "SIGN"));
		done += complete(key, TASK_APPRAISE, "namdinh.chuyenvien", Map.of("outcome", "APPROVE"));
		Map<String, Integer> votes = new HashMap<>();
		nominees.forEach(n -> votes.put(Long.toString(n), 12));
		done += complete(key, TASK_COUNCIL_VOTE, "namdinh.thuky", Map.of("membersTotal", 15, "membersPresent", 13,
				"votesFor", SpinValues.jsonValue(json(votes)).create()));
		done += complete(key, TASK_SIGN, "namdinh.chutich", Map.of("outcome", "SIGN"));
		done += complete(key, TASK_APPRAISE, "bnv.chuyenvien", Map.of("outcome", "APPROVE"));
		done += complete(key, TASK_SIGN, "bnv.botruong", Map.of("outcome", "SIGN"));
		done += complete(key, TASK_APPRAISE, "vpcp.chuyenvien", Map.of("outcome", "APPROVE"));
		done += complete(key, TASK_SIGN, "ttg.thutuong", Map.of("outcome", "SIGN"));
		if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() != 0) {
			throw new IllegalStateException("Dossier " + key + " did not finish its route");
		}
		return done;
	}

	private int complete(String key, String taskKey, String user, Map<String, Object> variables) {
		List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey).list();
		if (open.size() != 1) {
			throw new IllegalStateException("%s: %d open %s tasks".formatted(key, open.size(), taskKey));
		}
		Task task = open.get(0);
		identity.setAuthentication(user, groups.computeIfAbsent(user,
				u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
		try {
			completion.time(() -> {
				tasks.claim(task.getId(), user);
				tasks.complete(task.getId(), Variables.fromMap(variables));
			});
		}
		finally {
			identity.clearAuthentication();
		}
		runJobs(key);
		return 1;
	}

	/** Runs the dossier's due continuations (not its timers) until none is left. */
	void runJobs(String key) {
		for (int round = 0; round < 200; round++) {
			List<Job> due = jobs(key).stream().filter(j -> !isTimer(j)).toList();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(j -> management.executeJob(j.getId()));
		}
		throw new IllegalStateException("jobs of " + key + " keep coming");
	}

	private List<Job> jobs(String key) {
		List<String> instances = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(key)
			.list()
			.stream()
			.map(p -> p.getId())
			.toList();
		return instances.stream()
			.flatMap(id -> management.createJobQuery().processInstanceId(id).list().stream())
			.toList();
	}

	private static boolean isTimer(Job job) {
		return job instanceof org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
	}

	private static String json(Map<String, Integer> votes) {
		StringBuilder s = new StringBuilder("{");
		votes.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
		return s.append('}').toString();
	}

}
