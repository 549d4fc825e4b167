package vn.tdkt.awards.review;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.document.DocumentAdded;

/** A document added to a dossier shows at once in the forms of its open review tasks. */
@Component
class OpenTaskDocuments {

	private final TaskService tasks;

	private final ReviewTaskPresenter presenter;

	private final ReviewGuard guard;

	/**
	 * The dossier's open tasks, through the engine's native task query: every paper the workflow prints is a document
	 * added, and the engine's task query by business key built its statement from the whole task-query mapping each
	 * time (3 % of the application's CPU per dossier in a profile, issue #22). The same tasks: those of the process
	 * instances whose business key is the dossier (the level reviews and postings get it from their caller). A native
	 * query checks no authorization and no tenant: documents are added by our pages, API and jobs, none of which runs
	 * as an engine user, and the tasks' form data are the application's own to write.
	 */
	private final String openTasksSql;

	OpenTaskDocuments(TaskService tasks, ManagementService management, ReviewTaskPresenter presenter,
			ReviewGuard guard) {
		this.tasks = tasks;
		this.presenter = presenter;
		this.guard = guard;
		this.openTasksSql = "select T.* from " + management.getTableName(Task.class) + " T inner join "
				+ management.getTableName(Execution.class) + " E on T.PROC_INST_ID_ = E.ID_ where E.BUSINESS_KEY_ = #{key}";
	}

	@EventListener
	void on(DocumentAdded added) {
		String links = null;
		for (var task : tasks.createNativeTaskQuery().sql(openTasksSql).parameter("key", added.dossierId()).list()) {
			var declaration = ReviewTask.of(task.getTaskDefinitionKey());
			if (declaration.isEmpty()) {
				continue;
			}
			if (links == null) {
				links = TaskTexts.bounded(presenter.documentLinks(added.dossierId()));
			}
			tasks.setVariableLocal(task.getId(), ReviewTask.Names.DOCUMENT_LINKS, links);
			guard.reseal(task.getId(), declaration.get(),
					tasks.getVariablesLocalTyped(task.getId(), declaration.get().presented(), true));
		}
	}

}
