package vn.tdkt.awards.nomination;

/** A request about a dossier that is invalid in a named field (a 400 for API clients). */
public class InvalidDossierException extends RuntimeException {

	private final String field;

	public InvalidDossierException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
