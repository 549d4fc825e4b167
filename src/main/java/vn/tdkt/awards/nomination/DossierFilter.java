package vn.tdkt.awards.nomination;

/** Filters of the dossier list; null means "any". Page numbers start at 0. */
public record DossierFilter(DossierStatus status, String org, String movement, Integer year, String awardType, int page,
		int size) {

	public static final int MAX_SIZE = 200;

	/** Whether only the page is asked for: the list is the caller's whole scope. */
	boolean unfiltered() {
		return status == null && org == null && movement == null && year == null && awardType == null;
	}

}
