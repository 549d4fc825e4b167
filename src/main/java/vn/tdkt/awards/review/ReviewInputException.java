package vn.tdkt.awards.review;

/**
 * A reviewer's completion that breaks the reviewer contract (missing outcome, unknown nominee id, votes above the
 * members...). Thrown from the completing task's listener, it rolls the completion back; engine-rest answers 400
 * naming the variable ({@code EngineRestErrors}).
 */
public class ReviewInputException extends RuntimeException {

	private final String variable;

	public ReviewInputException(String variable, String message) {
		super(variable + ": " + message);
		this.variable = variable;
	}

	public String variable() {
		return variable;
	}

}
