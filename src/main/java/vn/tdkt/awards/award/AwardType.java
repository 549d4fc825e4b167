package vn.tdkt.awards.award;

import java.util.List;
import java.util.Locale;

import vn.tdkt.awards.org.OrgLevel;

/**
 * An emulation title or form of commendation.
 *
 * @param decidingLevels the first org up the route whose level is listed here decides
 * @param publicPosting proposals are posted publicly before they leave the province
 */
public record AwardType(String code, String nameVi, String nameEn, String family, List<SubjectType> subjectTypes,
		List<OrgLevel> decidingLevels, String authority, boolean publicPosting, String legalBasis) {

	public boolean allows(SubjectType subjectType) {
		return subjectTypes.contains(subjectType);
	}

	public boolean decidedAt(OrgLevel level) {
		return decidingLevels.contains(level);
	}

	/** The name a reader of {@code locale} reads: the English name for English when there is one, else the Vietnamese. */
	public String name(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
	}

}
