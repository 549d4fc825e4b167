package vn.tdkt.awards.paper;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** How administrative papers write dates, titles and counts (Decree 30/2020/NĐ-CP, Annex I). */
final class VietnameseText {

	private VietnameseText() {
	}

	/** "Nam Định, ngày 05 tháng 02 năm 2026": days below 10 and months 1 and 2 take a leading zero. */
	static String dateLine(String place, LocalDate date) {
		return "%s, %s".formatted(place, date(date));
	}

	/**
	 * "ngày 13 tháng 6 năm 2022", "ngày 07 tháng 02 năm 2026": one way for the date line and every citation
	 * (Decree 30/2020/NĐ-CP, Appendix I: a day below 10 and a month below 3 take a leading zero).
	 */
	static String date(LocalDate date) {
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
		String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
		return "ngày %s tháng %s năm %d".formatted(day, month, date.getYear());
	}

	/** Titles in full: "Chủ tịch UBND tỉnh Nam Định" → "Chủ tịch Ủy ban nhân dân tỉnh Nam Định". */
	static String full(String title) {
		return title.replace("UBND", "Ủy ban nhân dân");
	}

	static String upper(String text) {
		return text.toUpperCase(PdfRenderer.VI);
	}

	/** The header lines of an issuing body: "ỦY BAN NHÂN DÂN|TỈNH NAM ĐỊNH". */
	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\|")).map(String::trim).toList();
	}

	/** A file name in plain ASCII: "15/QĐ-UBND" → "15-qd-ubnd". */
	static String slug(String text) {
		String plain = java.text.Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'),
				java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
