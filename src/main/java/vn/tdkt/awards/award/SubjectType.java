package vn.tdkt.awards.award;

/** Who can be nominated: cá nhân, tập thể, hộ gia đình. */
public enum SubjectType {

	CA_NHAN("cá nhân"), TAP_THE("tập thể"), HO_GIA_DINH("hộ gia đình");

	private final String label;

	SubjectType(String label) {
		this.label = label;
	}

	/** Lower-case Vietnamese noun as used in sentences: "3 cá nhân". */
	public String label() {
		return label;
	}

	/**
	 * Counts as reports and decisions write them: "01 tập thể, 09 cá nhân" (at least two digits, kinds with none left
	 * out; empty when all are zero).
	 */
	public static String counts(long collectives, long individuals, long households) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (collectives > 0) {
			parts.add("%02d %s".formatted(collectives, TAP_THE.label));
		}
		if (individuals > 0) {
			parts.add("%02d %s".formatted(individuals, CA_NHAN.label));
		}
		if (households > 0) {
			parts.add("%02d %s".formatted(households, HO_GIA_DINH.label));
		}
		return String.join(", ", parts);
	}

}
