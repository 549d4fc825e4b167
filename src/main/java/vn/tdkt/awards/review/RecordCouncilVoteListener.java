package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.ReviewTask.Names.COMMENT;
import static vn.tdkt.awards.review.ReviewTask.Names.MEMBERS_PRESENT;
import static vn.tdkt.awards.review.ReviewTask.Names.MEMBERS_TOTAL;
import static vn.tdkt.awards.review.ReviewTask.Names.VOTES_FOR;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.review.CouncilService.CouncilInput;
import vn.tdkt.awards.workflow.TaskRefusals.GuardedTaskListener;

/** {@code councilVote}, complete: records the votes; nominees below the threshold are dropped. */
@Component
class RecordCouncilVoteListener implements GuardedTaskListener {

	private final ReviewGuard guard;

	private final CouncilService reviews;

	RecordCouncilVoteListener(ReviewGuard guard, CouncilService reviews) {
		this.guard = guard;
		this.reviews = reviews;
	}

	@Override
	public void guard(DelegateTask task) {
		Completion done = guard.complete(task, ReviewTask.COUNCIL_VOTE);
		reviews.recordCouncilVote(done.dossierId(), done.hop(), new CouncilInput(done.count(MEMBERS_TOTAL),
				done.count(MEMBERS_PRESENT), done.votes(VOTES_FOR), done.text(COMMENT)), done.ref());
	}

}
