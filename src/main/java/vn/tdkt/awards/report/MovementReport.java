package vn.tdkt.awards.report;

import java.util.List;

import vn.tdkt.awards.system.UserTexts;

/**
 * Awards of a movement over years (SPEC §4 shape): counts per year, award type and deciding authority, and the
 * summary sentences in the style of the provinces' reports (in the reader's language). {@code demoAwards} counts the illustrative
 * awards among them (source DEMO), which every view of the report points out; {@code demoDoublesReal}: demo and real
 * awards of the same year and award type are added up, so those figures count the seed's awards twice.
 */
public record MovementReport(String movement, String movementName, int fromYear, int toYear, List<Row> rows,
		List<String> summary, long demoAwards, boolean demoDoublesReal) {

	/** {@code authority} is the deciding authority as reports name it; {@code award} the phrase used in sentences. */
	public record Row(int year, String awardType, String awardName, String authority, String award, long collectives,
			long individuals, long households) {

		public long total() {
			return collectives + individuals + households;
		}

		/** The authority as the current request's language names it (pages, files). */
		public String authorityName() {
			return Sentences.authority(authority, UserTexts.currentLocale());
		}

	}

}
