package vn.tdkt.awards.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.system.UserTexts;

/**
 * The summary sentences of the reports in the reader's language (bundle keys {@code report.sentence.*}). In
 * Vietnamese they are the provinces' reports' own wording: "Năm 2022, có 01 tập thể, 09 cá nhân được tặng Bằng khen
 * của Thủ tướng Chính phủ; 28 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh." Counts have at least two digits
 * there, kinds with no award are left out, years with no award have no sentence. In English: "In 2022, 1 collective,
 * 9 individuals received the Prime Minister's Diploma of Merit; ...".
 */
public final class Sentences {

	private Sentences() {
	}

	static List<String> of(List<MovementReport.Row> rows, Locale locale) {
		Map<Integer, List<String>> byYear = new LinkedHashMap<>();
		for (MovementReport.Row row : rows) {
			String counts = SubjectType.counts(locale, row.collectives(), row.individuals(), row.households());
			if (!counts.isEmpty()) {
				byYear.computeIfAbsent(row.year(), y -> new ArrayList<>())
					.add(UserTexts.text(locale, "report.sentence.part", counts, row.award()));
			}
		}
		List<String> sentences = new ArrayList<>();
		byYear.forEach((year, parts) -> sentences
			.add(UserTexts.text(locale, "report.sentence.year", year, String.join("; ", parts))));
		return sentences;
	}

	/**
	 * The award as the sentence names it: a name that carries its authority as it is ("Bằng khen của Thủ tướng Chính
	 * phủ"); one decided at several levels with its authority ("Giấy khen của Chủ tịch UBND cấp huyện"); titles as
	 * titles ("danh hiệu Chiến sĩ thi đua cấp tỉnh"), flags by their name ("Cờ thi đua của UBND tỉnh").
	 */
	static String award(AwardType type, String authority, Locale locale) {
		String name = type.name(locale);
		if (type.decidingLevels().size() > 1) {
			name = UserTexts.text(locale, "report.sentence.award-of", name, authority(authority, locale));
		}
		// emulation flags (CO_TINH, CO_CP) are titles too, but a report names them by their name alone
		boolean title = "DANH_HIEU".equals(type.family()) && !type.code().startsWith("CO_");
		return title ? UserTexts.text(locale, "report.sentence.title", name) : name;
	}

	/**
	 * A deciding authority as the reader's language names it: the bundle's {@code report.authority.<slug>} (the
	 * Vietnamese name without diacritics, words joined by '-'), or the name as the org's data gives it.
	 */
	public static String authority(String authority, Locale locale) {
		if (authority == null) {
			return null;
		}
		String key = "report.authority." + slug(authority);
		return UserTexts.has(key) ? UserTexts.text(locale, key) : authority;
	}

	/** The summary of a year without any award. */
	static String noAward(int year, Locale locale) {
		return UserTexts.text(locale, "report.sentence.none", year);
	}

	static String slug(String text) {
		String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
