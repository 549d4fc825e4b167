package vn.tdkt.awards.report;

import java.util.List;
import java.util.Optional;

/**
 * A year's awards across movements and award types, by submitting org, for a province (or the whole registry when
 * {@code province} is null), with the year's summary sentence.
 */
public record YearReport(int year, String province, String provinceName, List<Row> rows, String summary,
		long demoAwards, boolean rolledUp) {

	public record Row(String org, String orgName, String awardType, String awardName, String authority, String award,
			long collectives, long individuals, long households) {
	}

	public String title() {
		return "Khen thưởng năm %d%s".formatted(year, provinceName == null ? "" : " – " + provinceName);
	}

	public Optional<String> demoNote() {
		return Sentences.demoNote(demoAwards);
	}

}
