package vn.tdkt.awards.review;

import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.document.DocumentAdded;

/** A document added to a dossier shows at once in the forms of its open review tasks. */
@Component
class OpenTaskDocuments {

	private final TaskService tasks;

	private final ReviewTaskPresenter presenter;

	private final ReviewGuard guard;

	OpenTaskDocuments(TaskService tasks, ReviewTaskPresenter presenter, ReviewGuard guard) {
		this.tasks = tasks;
		this.presenter = presenter;
		this.guard = guard;
	}

	@EventListener
	void on(DocumentAdded added) {
		String links = TaskTexts.bounded(presenter.documentLinks(added.dossierId()));
		for (var task : tasks.createTaskQuery().processInstanceBusinessKey(added.dossierId()).list()) {
			var declaration = ReviewTask.of(task.getTaskDefinitionKey());
			if (declaration.isEmpty()) {
				continue;
			}
			tasks.setVariableLocal(task.getId(), ReviewTask.Names.DOCUMENT_LINKS, links);
			guard.reseal(task.getId(), declaration.get(),
					tasks.getVariablesLocalTyped(task.getId(), declaration.get().presented(), true));
		}
	}

}
