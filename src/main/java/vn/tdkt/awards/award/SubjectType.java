package vn.tdkt.awards.award;

import java.util.Locale;

import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/** Who can be nominated: cá nhân, tập thể, hộ gia đình. */
public enum SubjectType {

	CA_NHAN, TAP_THE, HO_GIA_DINH;

	/**
	 * Lower-case Vietnamese noun as used in sentences: "3 cá nhân" (the bundle's {@code label.subjecttype.<NAME>};
	 * papers, decisions, the Excel template's values).
	 */
	public String label() {
		return label(WebConfiguration.VIETNAMESE);
	}

	/** The lower-case noun in a reader's language. */
	public String label(Locale locale) {
		return UserTexts.text(locale, "label.subjecttype." + name());
	}

	/**
	 * Counts as reports and decisions write them: "01 tập thể, 09 cá nhân" (at least two digits, kinds with none left
	 * out; empty when all are zero).
	 */
	public static String counts(long collectives, long individuals, long households) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (collectives > 0) {
			parts.add("%02d %s".formatted(collectives, TAP_THE.label()));
		}
		if (individuals > 0) {
			parts.add("%02d %s".formatted(individuals, CA_NHAN.label()));
		}
		if (households > 0) {
			parts.add("%02d %s".formatted(households, HO_GIA_DINH.label()));
		}
		return String.join(", ", parts);
	}

}
