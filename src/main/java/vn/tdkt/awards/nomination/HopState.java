package vn.tdkt.awards.nomination;

/** What the route reads at a hop: the steps that apply there and the outcomes recorded so far. */
public record HopState(Boolean councilRequired, Boolean postingRequired, String appraisalOutcome, String signOutcome,
		String outcome) {
}
