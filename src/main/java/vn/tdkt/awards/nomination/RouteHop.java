package vn.tdkt.awards.nomination;

import vn.tdkt.awards.org.OrgLevel;

/** One entry of a dossier's route: index, org, its level and what it does. */
public record RouteHop(int seq, String orgCode, OrgLevel level, HopRole role) {

	public boolean reviews() {
		return role != HopRole.SUBMIT;
	}

}
