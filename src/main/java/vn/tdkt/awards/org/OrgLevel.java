package vn.tdkt.awards.org;

import java.util.Locale;

import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Levels of the org tree. The route of a dossier walks up through them; which level decides an award type is data
 * ({@code award_type.deciding_levels}). {@code COMMUNE} is the two-level structure's commune (since 1/7/2025), which
 * took over the district's powers; in the 2023 data set communes are {@code UNIT}s under their district.
 */
public enum OrgLevel {

	/** Cơ sở: school, enterprise, and the commune before 1/7/2025. Submits, does not review. */
	UNIT,
	/** Xã, phường, đặc khu under the two-level structure. */
	COMMUNE,
	/** Huyện, thị xã, thành phố thuộc tỉnh (until 30/6/2025). */
	DISTRICT,
	/** Sở, ban, ngành tỉnh: district-equivalent, directly under the province. */
	DEPARTMENT, PROVINCE,
	/** Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương). */
	CENTRAL,
	/** Thủ tướng Chính phủ (Văn phòng Chính phủ). */
	GOVERNMENT,
	/** Chủ tịch nước. */
	PRESIDENT;

	/** Who receives dossiers at this level, as a Vietnamese sentence names it ("Bộ Nội vụ", "cấp tỉnh"). */
	public String receiver() {
		return receiver(WebConfiguration.VIETNAMESE);
	}

	/** Who receives dossiers at this level, as a sentence in {@code locale} names it. */
	public String receiver(Locale locale) {
		return UserTexts.text(locale, "label.orglevel.receiver." + name());
	}

	/** Whether an org of this level reviews the dossiers that pass it (a unit only submits). */
	public boolean reviews() {
		return this != UNIT;
	}

}
