package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.ReviewTask.Names.COMMENT;
import static vn.tdkt.awards.review.ReviewTask.Names.DECISION_NUMBER;
import static vn.tdkt.awards.review.ReviewTask.Names.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.review.SignatureService.Signature;
import vn.tdkt.awards.workflow.TaskRefusals.GuardedTaskListener;

/** {@code sign}, complete: records the signature; the hop ends FORWARDED or DECIDED, or goes back to appraisal. */
@Component
class RecordSignatureListener implements GuardedTaskListener {

	private final ReviewGuard guard;

	private final SignatureService reviews;

	RecordSignatureListener(ReviewGuard guard, SignatureService reviews) {
		this.guard = guard;
		this.reviews = reviews;
	}

	@Override
	public void guard(DelegateTask task) {
		Completion done = guard.complete(task, ReviewTask.SIGN);
		reviews.recordSignature(done.dossierId(), done.hop(),
				new Signature(done.text(OUTCOME), done.text(DECISION_NUMBER), done.text(COMMENT)), done.ref());
	}

}
