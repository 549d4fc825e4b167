package vn.tdkt.awards.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.SubjectType;

/**
 * The summary sentences of the provinces' reports: "Năm 2022, có 01 tập thể, 09 cá nhân được tặng Bằng khen của Thủ
 * tướng Chính phủ; 28 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh." Counts have at least two digits, kinds
 * with no award are left out, years with no award have no sentence.
 */
final class Sentences {

	private Sentences() {
	}

	static List<String> of(List<MovementReport.Row> rows) {
		Map<Integer, List<String>> byYear = new LinkedHashMap<>();
		for (MovementReport.Row row : rows) {
			String counts = counts(row);
			if (!counts.isEmpty()) {
				byYear.computeIfAbsent(row.year(), y -> new ArrayList<>()).add(counts + " được tặng " + row.award());
			}
		}
		List<String> sentences = new ArrayList<>();
		byYear.forEach((year, parts) -> sentences.add("Năm %d, có %s.".formatted(year, String.join("; ", parts))));
		return sentences;
	}

	static String counts(MovementReport.Row row) {
		return SubjectType.counts(row.collectives(), row.individuals(), row.households());
	}

	/**
	 * The award as the sentence names it: a name that carries its authority as it is ("Bằng khen của Thủ tướng Chính
	 * phủ"); one decided at several levels with its authority ("Giấy khen của Chủ tịch UBND cấp huyện"); titles as
	 * titles ("danh hiệu Chiến sĩ thi đua cấp tỉnh").
	 */
	static String award(AwardType type, String authority) {
		String name = type.decidingLevels().size() > 1 ? type.nameVi() + " của " + authority : type.nameVi();
		boolean title = "DANH_HIEU".equals(type.family()) && !type.nameVi().startsWith("Cờ");
		return title ? "danh hiệu " + name : name;
	}

	/** The warning every view of a report with illustrative awards carries. */
	static Optional<String> demoNote(long demoAwards) {
		return demoAwards == 0 ? Optional.empty()
				: Optional.of("Lưu ý: số liệu có %d khen thưởng là DỮ LIỆU MINH HỌA (demo), không phải số liệu thật."
					.formatted(demoAwards));
	}

	/** The summary of a year without any award. */
	static String noAward(int year) {
		return "Năm %d, chưa có khen thưởng nào.".formatted(year);
	}

}
