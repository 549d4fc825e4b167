package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.ReviewTask.Names.COMMENT;
import static vn.tdkt.awards.review.ReviewTask.Names.UPHELD;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.TaskRefusals.GuardedTaskListener;

/** {@code verifyObjection}, complete: an upheld objection drops its nominee. */
@Component
class RecordObjectionVerdictListener implements GuardedTaskListener {

	private final ReviewGuard guard;

	private final PostingService reviews;

	RecordObjectionVerdictListener(ReviewGuard guard, PostingService reviews) {
		this.guard = guard;
		this.reviews = reviews;
	}

	@Override
	public void guard(DelegateTask task) {
		Completion done = guard.complete(task, ReviewTask.VERIFY_OBJECTION);
		reviews.recordObjectionVerdict(done.dossierId(), done.hop(), done.flag(UPHELD), done.text(COMMENT), done.ref());
	}

}
