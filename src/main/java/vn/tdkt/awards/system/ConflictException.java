package vn.tdkt.awards.system;

/** A request the current state forbids (a duplicate, a state change out of order): a 409 problem. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
