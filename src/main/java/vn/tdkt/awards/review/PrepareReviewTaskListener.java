package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.AwardNominationProcess;
import vn.tdkt.awards.workflow.NominationVariables;

/**
 * Every review task, create: a name that tells the dossier apart, a due date from the legal durations on the
 * working-day calendar, and a read-only snapshot of the dossier for its form (task-local variables).
 */
@Component
class PrepareReviewTaskListener implements TaskListener {

	private final ReviewTaskPresenter presenter;

	private final ReviewService reviews;

	PrepareReviewTaskListener(ReviewTaskPresenter presenter, ReviewService reviews) {
		this.presenter = presenter;
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String dossierId = NominationVariables.DOSSIER_ID.get(task);
		if (AwardNominationProcess.TASK_VERIFY_OBJECTION.equals(task.getTaskDefinitionKey())) {
			reviews.takeUpObjection(dossierId, task.getId());
		}
		presenter.present(task, dossierId, NominationVariables.HOP.get(task));
	}

}
