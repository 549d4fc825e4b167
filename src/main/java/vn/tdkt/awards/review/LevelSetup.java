package vn.tdkt.awards.review;

/** What a hop's review needs to route: its candidate groups and the steps the reference data require there. */
public record LevelSetup(String appraiserGroup, String secretaryGroup, String leaderGroup, boolean councilRequired,
		boolean postingRequired) {
}
