package vn.tdkt.awards.nomination;

/** An action the dossier's current state forbids (a 409 for API clients). */
public class DossierStateException extends RuntimeException {

	public DossierStateException(String message) {
		super(message);
	}

}
