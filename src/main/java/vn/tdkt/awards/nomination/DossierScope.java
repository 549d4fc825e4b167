package vn.tdkt.awards.nomination;

import java.util.Set;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.org.OrgRole;

/**
 * What a user may see: an administrator everything; a nominator its own org's dossiers; a reviewer (appraiser,
 * council secretary, leader) the dossiers that have reached its org.
 */
public record DossierScope(boolean all, Set<String> submittingOrgs, Set<String> reviewingOrgs) {

	public static DossierScope of(AppUser user) {
		if (user.isAdmin()) {
			return new DossierScope(true, Set.of(), Set.of());
		}
		Set<String> reviewing = new java.util.HashSet<>(user.orgs(OrgRole.APPRAISER));
		reviewing.addAll(user.orgs(OrgRole.SECRETARY));
		reviewing.addAll(user.orgs(OrgRole.LEADER));
		return new DossierScope(false, user.orgs(OrgRole.NOMINATOR), reviewing);
	}

	public boolean canSubmitFor(String org) {
		return all || submittingOrgs.contains(org);
	}

}
