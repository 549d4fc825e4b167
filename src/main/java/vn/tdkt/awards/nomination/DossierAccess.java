package vn.tdkt.awards.nomination;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.system.UserTexts;

/**
 * Who may do what with a dossier. A dossier the user may not see does not exist for it (404); one it sees but may
 * not change is forbidden (403). Nominators change their own org's dossiers; reviewers of the org the dossier is at
 * may add documents to it; an administrator may do everything.
 */
@Component
public class DossierAccess {

	private final DossierQueries queries;

	private final DossierRepository dossiers;

	public DossierAccess(DossierQueries queries, DossierRepository dossiers) {
		this.queries = queries;
		this.dossiers = dossiers;
	}

	public Dossier readable(String id, AppUser user) {
		if (!queries.visible(id, DossierScope.of(user))) {
			throw new DossierNotFoundException(id);
		}
		return dossiers.require(id);
	}

	/** For the nominator's actions: supplement, withdraw. */
	public Dossier changeable(String id, AppUser user) {
		Dossier dossier = readable(id, user);
		if (!DossierScope.of(user).canSubmitFor(dossier.submittingOrg())) {
			throw new AccessDeniedException(UserTexts.text("error.nomination.only-nominators", id));
		}
		return dossier;
	}

	/** For documents: the nominators, or the reviewers of the org the dossier is at. */
	public Dossier documentable(String id, AppUser user) {
		Dossier dossier = readable(id, user);
		if (DossierScope.of(user).canSubmitFor(dossier.submittingOrg())) {
			return dossier;
		}
		String currentOrg = dossiers.hop(id, dossier.currentHop()).orgCode();
		boolean reviewsHere = user.memberships()
			.stream()
			.anyMatch(m -> m.orgCode().equals(currentOrg) && m.role() != OrgRole.NOMINATOR);
		if (!reviewsHere) {
			throw new AccessDeniedException(UserTexts.text("error.nomination.no-documents-allowed", id));
		}
		return dossier;
	}

	/** For objections during the public posting: the appraisers of the org the dossier is at. */
	public Dossier appraisable(String id, AppUser user) {
		Dossier dossier = readable(id, user);
		String currentOrg = dossiers.hop(id, dossier.currentHop()).orgCode();
		if (!user.isAdmin() && !user.orgs(OrgRole.APPRAISER).contains(currentOrg)) {
			throw new AccessDeniedException(UserTexts.text("error.nomination.objection-appraisers-only"));
		}
		return dossier;
	}

}
