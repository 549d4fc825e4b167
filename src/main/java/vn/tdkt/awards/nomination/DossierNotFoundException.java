package vn.tdkt.awards.nomination;

/** No such dossier, or none the caller may see (a 404 for API clients either way). */
public class DossierNotFoundException extends RuntimeException {

	public DossierNotFoundException(String id) {
		super("Không tìm thấy hồ sơ " + id);
	}

}
