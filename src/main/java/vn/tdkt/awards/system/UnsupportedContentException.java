package vn.tdkt.awards.system;


/** The file's content is none of the accepted types (a 415). */
public class UnsupportedContentException extends LocalizedException {

	public UnsupportedContentException(String message, Object... args) {
		super(message, args);
	}

}
