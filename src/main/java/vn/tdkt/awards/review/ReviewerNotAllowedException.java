package vn.tdkt.awards.review;

import vn.tdkt.awards.workflow.TaskRefusal;

/**
 * A user who may not act on a review task: only members of the hop's group for the task's role claim and complete
 * it (the signer of a decision is a leader of the deciding hop), and only an administrator assigns it to somebody
 * else. Answered 403.
 */
public class ReviewerNotAllowedException extends TaskRefusal {

	/** {@code message}: a key of the messages bundle with its arguments. */
	public ReviewerNotAllowedException(String message, Object... args) {
		super(null, message, args);
	}

	@Override
	public int status() {
		return 403;
	}

}
