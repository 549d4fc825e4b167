package vn.tdkt.awards.award;

import java.util.List;

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

}
