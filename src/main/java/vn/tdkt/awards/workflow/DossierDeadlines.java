package vn.tdkt.awards.workflow;

import java.time.LocalDateTime;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.AppClock;

/** The deadline of the step a dossier is at: the soonest due date of its open tasks, read from the engine. */
@Component
public class DossierDeadlines {

	private final TaskService tasks;

	DossierDeadlines(TaskService tasks) {
		this.tasks = tasks;
	}

	public Optional<LocalDateTime> current(String dossierId) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(dossierId)
			.active()
			.list()
			.stream()
			.map(Task::getDueDate)
			.filter(java.util.Objects::nonNull)
			.min(java.util.Comparator.naturalOrder())
			.map(due -> LocalDateTime.ofInstant(due.toInstant(), AppClock.ZONE));
	}

}
