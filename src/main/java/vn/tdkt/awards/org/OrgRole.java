package vn.tdkt.awards.org;

/**
 * What a person does for an org. Each org has one Camunda group per role ({@code GIAO_THUY.appraiser}); candidate
 * groups of the review tasks are these groups.
 */
public enum OrgRole {

	/** Cán bộ thi đua: prepares and submits dossiers, supplements them. */
	NOMINATOR("Cán bộ thi đua"),
	/** Chuyên viên thi đua: appraises dossiers reaching the org. */
	APPRAISER("Chuyên viên thẩm định thi đua - khen thưởng"),
	/** Thư ký Hội đồng Thi đua - Khen thưởng: records the council's votes. */
	SECRETARY("Thư ký Hội đồng Thi đua - Khen thưởng"),
	/** Lãnh đạo: signs decisions and submissions. */
	LEADER("Lãnh đạo ký duyệt");

	private final String label;

	OrgRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String groupId(String orgCode) {
		return orgCode + "." + name().toLowerCase();
	}

	/** The org code and role of a group id made by {@link #groupId}, or null for other groups. */
	public static Membership parse(String groupId) {
		int dot = groupId.lastIndexOf('.');
		if (dot <= 0) {
			return null;
		}
		String role = groupId.substring(dot + 1).toUpperCase();
		for (OrgRole candidate : values()) {
			if (candidate.name().equals(role)) {
				return new Membership(groupId.substring(0, dot), candidate);
			}
		}
		return null;
	}

	public record Membership(String orgCode, OrgRole role) {
	}

}
