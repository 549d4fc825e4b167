package vn.tdkt.awards.document;

/** The file's content is none of the accepted types (a 415). */
public class UnsupportedContentException extends RuntimeException {

	public UnsupportedContentException(String message) {
		super(message);
	}

}
