package vn.tdkt.awards.review;

import static vn.tdkt.awards.workflow.NominationVariables.COMMENT;
import static vn.tdkt.awards.workflow.NominationVariables.MEMBERS_PRESENT;
import static vn.tdkt.awards.workflow.NominationVariables.MEMBERS_TOTAL;
import static vn.tdkt.awards.workflow.NominationVariables.VOTES_FOR;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.review.ReviewService.CouncilInput;
import vn.tdkt.awards.workflow.NominationVariables;

/** {@code councilVote}, complete: records the votes; nominees below the threshold are dropped. */
@Component
class RecordCouncilVoteListener implements TaskListener {

	private final ReviewService reviews;

	RecordCouncilVoteListener(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		CompletedTask done = CompletedTask.take(task, MEMBERS_TOTAL, MEMBERS_PRESENT, VOTES_FOR, COMMENT);
		int remaining = reviews.recordCouncilVote(done.dossierId(), done.hop(),
				new CouncilInput(ContractValues.requiredInt(done.value(MEMBERS_TOTAL), MEMBERS_TOTAL),
						ContractValues.requiredInt(done.value(MEMBERS_PRESENT), MEMBERS_PRESENT),
						ContractValues.idCounts(done.value(VOTES_FOR), VOTES_FOR),
						ContractValues.optionalString(done.value(COMMENT))),
				done.ref());
		NominationVariables.NOMINEES_REMAINING.set(task, remaining);
	}

}
