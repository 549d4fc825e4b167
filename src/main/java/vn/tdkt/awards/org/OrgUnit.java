package vn.tdkt.awards.org;

import java.time.LocalDate;

/**
 * A node of the org tree.
 *
 * @param leaderTitle who signs for the org ("Chủ tịch UBND huyện Giao Thủy")
 * @param authority the same without the place, as reports group it ("Chủ tịch UBND cấp huyện")
 * @param decisionSymbol the symbol in its decision numbers ("QĐ-UBND")
 * @param submissionSymbol the symbol in its submission numbers ("TTr-UBND")
 * @param issuerParent the superior body over the header of its papers ("UBND TỈNH NAM ĐỊNH"), or null
 * @param issuer the header of its papers, lines split by '|' ("ỦY BAN NHÂN DÂN|TỈNH NAM ĐỊNH")
 * @param place the place name of its papers' date line ("Nam Định")
 * @param leaderPosition printed above its leader's signature ("Chủ tịch")
 * @param officialCode the register's code of the administrative unit ("14212"), or null
 * @param validFrom the first day the org exists in this system's data, or null (always)
 * @param validTo its last day, or null (still exists)
 */
public record OrgUnit(String code, String name, OrgLevel level, String parentCode, String leaderTitle, String authority,
		String decisionSymbol, String submissionSymbol, String issuerParent, String issuer, String place, String leaderPosition,
		String officialCode, LocalDate validFrom, LocalDate validTo) {

	/** Whether the org exists on the date. */
	public boolean validOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}

}
