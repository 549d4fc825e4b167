package vn.tdkt.awards.org;

/**
 * A node of the org tree.
 *
 * @param leaderTitle who signs for the org ("Chủ tịch UBND huyện Giao Thủy")
 * @param authority the same without the place, as reports group it ("Chủ tịch UBND cấp huyện")
 * @param decisionSymbol the symbol in its decision numbers ("QĐ-UBND")
 * @param submissionSymbol the symbol in its submission numbers ("TTr-UBND")
 */
public record OrgUnit(String code, String name, OrgLevel level, String parentCode, String leaderTitle, String authority,
		String decisionSymbol, String submissionSymbol) {
}
