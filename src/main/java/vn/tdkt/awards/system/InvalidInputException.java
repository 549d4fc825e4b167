package vn.tdkt.awards.system;

/** A request that is invalid in a named field: a 400 problem naming the field for API clients. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
