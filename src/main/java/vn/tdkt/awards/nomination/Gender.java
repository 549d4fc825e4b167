package vn.tdkt.awards.nomination;

/**
 * An individual nominee's gender, optional: certificates address the person as the State's templates do ("Ông",
 * "Bà"); without it they print the name alone.
 */
public enum Gender {

	NAM("Ông"), NU("Bà");

	private final String honorific;

	Gender(String honorific) {
		this.honorific = honorific;
	}

	/** "Ông" or "Bà", as papers address the person (Vietnamese official wording). */
	public String honorific() {
		return honorific;
	}

	/** "Nam", "nam", "Nữ", "nu", "NỮ" (as typed in a sheet) or the codes; null when blank or unknown. */
	public static Gender parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String key = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toUpperCase(java.util.Locale.ROOT);
		return switch (key) {
			case "NAM", "M", "MALE" -> NAM;
			case "NU", "F", "FEMALE" -> NU;
			default -> null;
		};
	}

}
