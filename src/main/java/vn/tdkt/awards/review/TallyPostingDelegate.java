package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_tallyPosting}: records how many nominees the posting left (the route reads it). */
@Component
class TallyPostingDelegate implements JavaDelegate {

	private final PostingService reviews;

	TallyPostingDelegate(PostingService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.tallyPosting(ProcessDossier.id(execution));
	}

}
