package vn.tdkt.awards.nomination;

import vn.tdkt.awards.system.ConflictException;

/** An action the dossier's current state forbids (a 409 for API clients). */
public class DossierStateException extends ConflictException {

	public DossierStateException(String message, Object... args) {
		super(message, args);
	}

	@Override
	public String problemType() {
		return "dossier-state";
	}

}
