package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/**
 * Every review task, create: a name that tells the dossier apart, a description with its due date, the follow-up date
 * where the law sets a limit to send an ineligible dossier back (Bộ Nội vụ: 5 working days), and a read-only
 * snapshot of the dossier for its form (task-local variables), sealed so that a completion cannot send it back.
 */
@Component
class PrepareReviewTaskListener implements TaskListener {

	private final ReviewTaskPresenter presenter;

	private final PostingService reviews;

	private final ReviewGuard guard;

	private final TaskDeadlines deadlines;

	PrepareReviewTaskListener(ReviewTaskPresenter presenter, PostingService reviews, ReviewGuard guard,
			TaskDeadlines deadlines) {
		this.deadlines = deadlines;
		this.presenter = presenter;
		this.reviews = reviews;
		this.guard = guard;
	}

	@Override
	public void notify(DelegateTask task) {
		ReviewTask declaration = ReviewTask.require(task.getTaskDefinitionKey());
		String dossierId = ProcessDossier.id(task);
		if (declaration == ReviewTask.VERIFY_OBJECTION) {
			reviews.takeUpObjection(dossierId, task.getId());
		}
		var current = guard.currentHop(dossierId);
		int hop = current.seq();
		deadlines.followUp(task.getTaskDefinitionKey(), current.level()).ifPresent(task::setFollowUpDate);
		presenter.present(task, dossierId, hop);
		guard.seal(task, declaration, hop);
	}

}
