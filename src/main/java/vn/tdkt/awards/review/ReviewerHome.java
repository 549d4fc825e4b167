package vn.tdkt.awards.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.identity.PersonNames;
import vn.tdkt.awards.system.AppClock;

/**
 * A reviewer's home on our pages: the review tasks the user holds or may take (the groups of their orgs and roles),
 * overdue first, then by deadline, each with its dossier and a link into the task in Tasklist.
 */
@Controller
class ReviewerHome {

	/** The most tasks the page lists (Tasklist's filters hold the rest). */
	static final int LIMIT = 300;

	/** One task as the page lists it; {@code daysLeft} negative when overdue, null without a deadline. */
	record TaskRow(String taskId, String name, String dossierId, LocalDateTime due, Long daysLeft, boolean overdue,
			boolean dueSoon, String assignee, boolean mine) {
	}

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final PersonNames names;

	private final AppClock clock;

	ReviewerHome(TaskService tasks, RuntimeService runtime, PersonNames names, AppClock clock) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/tasks")
	String home(@AuthenticationPrincipal AppUser user, Model model) {
		Map<String, Task> open = new LinkedHashMap<>();
		tasks.createTaskQuery().taskAssignee(user.id()).active().listPage(0, LIMIT).forEach(t -> open.put(t.getId(), t));
		if (!user.groupIds().isEmpty()) {
			tasks.createTaskQuery()
				.taskCandidateGroupIn(user.groupIds())
				.active()
				.listPage(0, LIMIT)
				.forEach(t -> open.putIfAbsent(t.getId(), t));
		}
		Set<String> instances = open.values().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> dossierOf = new LinkedHashMap<>();
		if (!instances.isEmpty()) {
			runtime.createProcessInstanceQuery()
				.processInstanceIds(instances)
				.list()
				.forEach(p -> dossierOf.put(p.getId(), p.getBusinessKey()));
		}
		Map<String, String> assignees = names.of(open.values().stream().map(Task::getAssignee).toList());
		Instant now = clock.now();
		List<TaskRow> rows = new ArrayList<>();
		for (Task task : open.values()) {
			LocalDateTime due = task.getDueDate() == null ? null
					: LocalDateTime.ofInstant(task.getDueDate().toInstant(), AppClock.ZONE);
			Long daysLeft = due == null ? null
					: Duration.between(clock.today().atStartOfDay(), due.toLocalDate().atStartOfDay()).toDays();
			boolean overdue = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
			boolean dueSoon = !overdue && task.getFollowUpDate() != null && !task.getFollowUpDate().toInstant().isAfter(now);
			rows.add(new TaskRow(task.getId(), task.getName(), dossierOf.get(task.getProcessInstanceId()), due, daysLeft,
					overdue, dueSoon, task.getAssignee() == null ? null : assignees.getOrDefault(task.getAssignee(),
							task.getAssignee()), user.id().equals(task.getAssignee())));
		}
		rows.sort(Comparator.comparing((TaskRow r) -> !r.overdue())
			.thenComparing(TaskRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(TaskRow::taskId));
		model.addAttribute("rows", rows);
		model.addAttribute("overdue", rows.stream().filter(TaskRow::overdue).count());
		return "tasks";
	}

}
