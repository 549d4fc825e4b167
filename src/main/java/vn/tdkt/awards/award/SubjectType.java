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
		return counts(WebConfiguration.VIETNAMESE, collectives, individuals, households);
	}

	/**
	 * Counts in a reader's language (bundle keys {@code report.count.<NAME>.one|other}, the digits shown at least
	 * {@code report.count.digits}): "01 tập thể, 09 cá nhân", "1 collective, 9 individuals".
	 */
	public static String counts(Locale locale, long collectives, long individuals, long households) {
		int digits = Integer.parseInt(UserTexts.text(locale, "report.count.digits"));
		java.util.List<String> parts = new java.util.ArrayList<>();
		long[] n = { collectives, individuals, households };
		SubjectType[] kinds = { TAP_THE, CA_NHAN, HO_GIA_DINH };
		for (int i = 0; i < n.length; i++) {
			if (n[i] > 0) {
				String number = String.format(Locale.ROOT, "%0" + digits + "d", n[i]);
				parts.add(UserTexts.text(locale, "report.count." + kinds[i].name() + (n[i] == 1 ? ".one" : ".other"),
						number));
			}
		}
		return String.join(", ", parts);
	}

}
