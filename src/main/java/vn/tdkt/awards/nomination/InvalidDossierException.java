package vn.tdkt.awards.nomination;

import vn.tdkt.awards.system.InvalidInputException;

/** A request about a dossier that is invalid in a named field (a 400 for API clients). */
public class InvalidDossierException extends InvalidInputException {

	public InvalidDossierException(String field, String message, Object... args) {
		super(field, message, args);
	}

}
