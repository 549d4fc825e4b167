package vn.tdkt.awards.nomination;

/** What an org on a dossier's route does with it. */
public enum HopRole {

	/** The submitting unit: it does not review its own dossier (a cơ sở). */
	SUBMIT,
	/** Reviews and signs the submission to the next hop. */
	FORWARD,
	/** Reviews and signs the decision. */
	DECIDE

}
