package vn.tdkt.awards.org;

import java.util.Locale;

import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * What a person does for an org. Each org has one Camunda group per role ({@code GIAO_THUY.appraiser}); candidate
 * groups of the review tasks are these groups.
 */
public enum OrgRole {

	/** Cán bộ thi đua: prepares and submits dossiers, supplements them. */
	NOMINATOR,
	/** Chuyên viên thi đua: appraises dossiers reaching the org. */
	APPRAISER,
	/** Thư ký Hội đồng Thi đua - Khen thưởng: records the council's votes. */
	SECRETARY,
	/** Lãnh đạo: signs decisions and submissions. */
	LEADER;

	/** The role's name in Vietnamese (the engine's group names). */
	public String label() {
		return label(WebConfiguration.VIETNAMESE);
	}

	/** The role's name in {@code locale}. */
	public String label(Locale locale) {
		return UserTexts.text(locale, "label.orgrole." + name());
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
