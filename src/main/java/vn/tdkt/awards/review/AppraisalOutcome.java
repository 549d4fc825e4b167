package vn.tdkt.awards.review;

/**
 * What an appraiser decides ({@code appraise}'s {@code outcome}; stored on the hop, where the route reads it): the
 * dossier goes on with the approved nominees, goes back to its nominator for a supplement, or is not proposed.
 */
public enum AppraisalOutcome {

	APPROVE, RETURN, REJECT

}
