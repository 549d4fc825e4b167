package vn.tdkt.awards.system;

/** A request that is invalid in a named field: a 400 problem naming the field for API clients. */
public class InvalidInputException extends LocalizedException {

	private final String field;

	/** {@code message}: a key of the messages bundle with its arguments. */
	public InvalidInputException(String field, String message, Object... args) {
		super(message, args);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
