package vn.tdkt.awards.review;

import vn.tdkt.awards.workflow.TaskRefusal;

/**
 * A reviewer's completion that breaks the reviewer contract (a variable it does not declare, a wrong type, a missing
 * outcome, an unknown nominee id, votes above the members present...). Thrown from the completing task's listener,
 * it rolls the completion back; engine-rest and Tasklist's API answer 400 naming the variable.
 */
public class ReviewInputException extends TaskRefusal {

	public ReviewInputException(String variable, String message) {
		super(variable, message);
	}

	@Override
	public int status() {
		return 400;
	}

}
