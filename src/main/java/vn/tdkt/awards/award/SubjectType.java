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

}
