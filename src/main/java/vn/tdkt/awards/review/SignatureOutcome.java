package vn.tdkt.awards.review;

/** What the hop's leader does ({@code sign}'s {@code outcome}): signs, or returns the dossier to the appraiser. */
public enum SignatureOutcome {

	SIGN, RETURN

}
