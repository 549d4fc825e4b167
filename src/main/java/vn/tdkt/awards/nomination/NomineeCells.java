package vn.tdkt.awards.nomination;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.system.TableFile;
import vn.tdkt.awards.system.UserTexts;

/**
 * The cells of a nominee list as offices fill them in: columns found by their header's words (with or without
 * diacritics), else in the first template's order; IDs, birth dates and subject types read as people type them.
 */
final class NomineeCells {

	private NomineeCells() {
	}

	enum Column {
		SUBJECT("doituong"), NAME("hoten", "tentapthe", "ten"), POSITION("chucvu"), ORG("donvi", "noicongtac"),
		ID("dinhdanh", "cccd", "cancuoc", "cmnd"), BIRTH("ngaysinh"), ACHIEVEMENTS("thanhtich"), GENDER("gioitinh");

		private final String[] words;

		Column(String... words) {
			this.words = words;
		}

		static Column of(String header) {
			String key = fold(header);
			for (Column column : values()) {
				for (String word : column.words) {
					if (key.startsWith(word) || key.contains(word) && column != NAME) {
						return column;
					}
				}
			}
			return null;
		}

	}

	/** The first template's columns, for sheets whose header names none: subject, name, position, org, achievements. */
	private static final Column[] FIRST_LAYOUT = { Column.SUBJECT, Column.NAME, Column.POSITION, Column.ORG,
			Column.ACHIEVEMENTS };

	/** A row's cells by column: by header where the header names the columns, else in the first template's order. */
	static Map<Column, String> columns(Map<String, String> row) {
		Map<Column, String> cells = new EnumMap<>(Column.class);
		List<String> headers = new ArrayList<>(row.keySet());
		long named = headers.stream().map(Column::of).filter(java.util.Objects::nonNull).distinct().count();
		for (int c = 0; c < headers.size(); c++) {
			Column column = named >= 2 ? Column.of(headers.get(c)) : c < FIRST_LAYOUT.length ? FIRST_LAYOUT[c] : null;
			if (column != null && !cells.containsKey(column)) {
				cells.put(column, row.get(headers.get(c)));
			}
		}
		return cells;
	}

	/** 12 digits (CCCD) or 9 (CMND); one digit short is a leading zero Excel dropped from a number, put back. */
	static String idNumber(String text, int line, List<String> problems) {
		String digits = text.replaceAll("[\\s.]", "");
		if (digits.isEmpty()) {
			return null;
		}
		if (digits.matches("\\d{11}|\\d{8}")) {
			digits = "0" + digits;
		}
		if (!digits.matches("\\d{12}|\\d{9}")) {
			problems.add(UserTexts.text("error.nomination.excel-id-number", line, text));
			return null;
		}
		return digits;
	}

	static java.time.LocalDate birthDate(String text, int line, List<String> problems) {
		if (text.isBlank()) {
			return null;
		}
		var date = TableFile.date(text);
		if (date.isEmpty()) {
			problems.add(UserTexts.text("error.nomination.excel-birth-date", line, text));
			return null;
		}
		return date.get();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static SubjectType subject(String text) {
		String key = fold(text);
		for (SubjectType type : SubjectType.values()) {
			if (key.equals(fold(type.name())) || key.equals(fold(type.label()))) {
				return type;
			}
		}
		return null;
	}

	/** Lower case without diacritics or separators: "Cá nhân", "ca nhan", "CA_NHAN" all fold to "canhan". */
	static String fold(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

}
