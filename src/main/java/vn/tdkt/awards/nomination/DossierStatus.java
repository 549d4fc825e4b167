package vn.tdkt.awards.nomination;

/** Where a dossier stands. The last four are final. */
public enum DossierStatus {

	/** Saved by its nominators, not yet submitted: no process, no route, seen only by its org. */
	DRAFT,
	SUBMITTED, IN_REVIEW, RETURNED, DECIDED, REJECTED, EXPIRED, WITHDRAWN;

	public boolean isFinal() {
		return ordinal() >= DECIDED.ordinal();
	}

}
