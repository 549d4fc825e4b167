package vn.tdkt.awards.nomination;

/** Where a dossier stands. The last four are final. */
public enum DossierStatus {

	SUBMITTED, IN_REVIEW, RETURNED, DECIDED, REJECTED, EXPIRED, WITHDRAWN;

	public boolean isFinal() {
		return ordinal() >= DECIDED.ordinal();
	}

}
