package vn.tdkt.awards.system;

/** No such thing, or none the caller may see: a 404 problem for API clients either way. */
public class NotFoundException extends LocalizedException {

	/** {@code message}: a key of the messages bundle with its arguments. */
	public NotFoundException(String message, Object... args) {
		super(message, args);
	}

}
