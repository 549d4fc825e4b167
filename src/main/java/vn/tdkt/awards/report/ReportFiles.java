package vn.tdkt.awards.report;

import java.util.Locale;

/** File names of the downloads (without extension), the same from the API and the pages. */
final class ReportFiles {

	private ReportFiles() {
	}

	static String movement(MovementReport report) {
		return "bao-cao-%s-%d-%d".formatted(report.movement().toLowerCase(Locale.ROOT).replace('_', '-'),
				report.fromYear(), report.toYear());
	}

	static String year(YearReport report) {
		return "khen-thuong-%d%s".formatted(report.year(),
				report.province() == null ? "" : "-" + report.province().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

}
