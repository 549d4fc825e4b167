package vn.tdkt.awards.system;

/** An all-or-nothing import refused for its rows' problems: a 400 listing every row ({@link ImportReport#problem()}). */
public class ImportRefusedException extends RuntimeException {

	private final transient ImportReport report;

	public ImportRefusedException(ImportReport report) {
		super("%d rows refused".formatted(report.rejected().size()));
		this.report = report;
	}

	public ImportReport report() {
		return report;
	}

	/** What an import API answers when it went through: how many records it imported. */
	public record Imported(int imported) {

		public static Imported of(ImportReport report) {
			if (!report.ok()) {
				throw new ImportRefusedException(report);
			}
			return new Imported(report.imported());
		}

	}

}
