package vn.tdkt.awards.system;

/** No such thing, or none the caller may see: a 404 problem for API clients either way. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
