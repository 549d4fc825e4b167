package vn.tdkt.awards.nomination;

import vn.tdkt.awards.system.NotFoundException;

/** No such dossier, or none the caller may see (a 404 for API clients either way). */
public class DossierNotFoundException extends NotFoundException {

	public DossierNotFoundException(String id) {
		super("error.nomination.dossier-not-found", id);
	}

}
