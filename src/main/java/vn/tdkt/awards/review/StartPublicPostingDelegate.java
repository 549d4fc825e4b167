package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.NominationVariables;
import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_startPublicPosting}: posts the list; its timer waits until the posting period ends. */
@Component
class StartPublicPostingDelegate implements JavaDelegate {

	private final PostingService reviews;

	StartPublicPostingDelegate(PostingService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NominationVariables.POSTING_ENDS.setTransient(execution, reviews.startPosting(ProcessDossier.id(execution)));
	}

}
