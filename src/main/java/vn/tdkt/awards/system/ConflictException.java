package vn.tdkt.awards.system;

/** A request the current state forbids (a duplicate, a state change out of order): a 409 problem. */
public class ConflictException extends LocalizedException {

	/** {@code message}: a key of the messages bundle with its arguments. */
	public ConflictException(String message, Object... args) {
		super(message, args);
	}

	/** The last part of the problem's type ({@code urn:problem:<type>}). */
	public String problemType() {
		return "conflict";
	}

}
