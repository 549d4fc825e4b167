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

	OpenTaskDocuments(TaskService tasks, ReviewTaskPresenter presenter) {
		this.tasks = tasks;
		this.presenter = presenter;
	}

	@EventListener
	void on(DocumentAdded added) {
		String links = presenter.documentLinks(added.dossierId());
		tasks.createTaskQuery()
			.processInstanceBusinessKey(added.dossierId())
			.list()
			.forEach(task -> tasks.setVariableLocal(task.getId(), "documentLinks", links));
	}

}
