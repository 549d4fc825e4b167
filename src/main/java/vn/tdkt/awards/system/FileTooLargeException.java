package vn.tdkt.awards.system;


/** The file exceeds the upload limit (a 413). */
public class FileTooLargeException extends LocalizedException {

	public FileTooLargeException(String message, Object... args) {
		super(message, args);
	}

}
