package vn.tdkt.awards.document;

/** The file exceeds the upload limit (a 413). */
public class FileTooLargeException extends RuntimeException {

	public FileTooLargeException(String message) {
		super(message);
	}

}
