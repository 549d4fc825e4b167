package vn.tdkt.awards.report;

import java.util.List;
import java.util.Locale;

import vn.tdkt.awards.system.UserTexts;

/**
 * A year's awards across movements and award types, by submitting org, for a province (or the whole registry when
 * {@code province} is null), with the year's summary sentence; {@code demoDoublesReal} as in {@link MovementReport}.
 */
public record YearReport(int year, String province, String provinceName, List<Row> rows, String summary,
		long demoAwards, boolean demoDoublesReal, boolean rolledUp) {

	public record Row(String org, String orgName, String awardType, String awardName, String authority, String award,
			long collectives, long individuals, long households) {

		/** The authority as the current request's language names it (pages, files). */
		public String authorityName() {
			return Sentences.authority(authority, UserTexts.currentLocale());
		}

	}

	/** The title of the report's files, in the current request's language. */
	public String title() {
		return title(UserTexts.currentLocale());
	}

	public String title(Locale locale) {
		return provinceName == null ? UserTexts.text(locale, "page.report.export.year-title", year)
				: UserTexts.text(locale, "page.report.export.year-province-title", year, provinceName);
	}

}
