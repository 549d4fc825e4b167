package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.ReviewTask.Names.APPROVED_NOMINEES;
import static vn.tdkt.awards.review.ReviewTask.Names.COMMENT;
import static vn.tdkt.awards.review.ReviewTask.Names.EXCLUSION_REASON;
import static vn.tdkt.awards.review.ReviewTask.Names.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.review.AppraisalService.Appraisal;
import vn.tdkt.awards.workflow.TaskRefusals.GuardedTaskListener;

/** {@code appraise}, complete: records the verdicts (and the outcome the route reads). */
@Component
class RecordAppraisalListener implements GuardedTaskListener {

	private final ReviewGuard guard;

	private final AppraisalService reviews;

	RecordAppraisalListener(ReviewGuard guard, AppraisalService reviews) {
		this.guard = guard;
		this.reviews = reviews;
	}

	@Override
	public void guard(DelegateTask task) {
		Completion done = guard.complete(task, ReviewTask.APPRAISE);
		reviews.recordAppraisal(done.dossierId(), done.hop(),
				new Appraisal(done.text(OUTCOME), done.text(COMMENT), done.nomineeIds(APPROVED_NOMINEES),
						done.text(EXCLUSION_REASON)), done.ref());
	}

}
