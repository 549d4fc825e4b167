package vn.tdkt.awards.nomination;

/**
 * Published (synchronously, inside the transaction that caused it) when a dossier reaches a point its nominator is
 * told about; listeners write what follows (mail) in the same transaction.
 *
 * @param hop the hop the dossier is at after the milestone
 */
public record DossierMilestone(String dossierId, Milestone milestone, int hop) {

	public enum Milestone {

		RECEIVED, RETURNED, FORWARDED, DECIDED, REJECTED, EXPIRED

	}

}
