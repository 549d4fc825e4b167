package vn.tdkt.awards.nomination;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.AppClock;

/** The orgs a user may submit dossiers for. */
@Component
class NominatorOrgs {

	private final OrgRepository orgs;

	private final AppClock clock;

	NominatorOrgs(OrgRepository orgs, AppClock clock) {
		this.orgs = orgs;
		this.clock = clock;
	}

	/** The orgs the user may submit for that exist today (an org that ceased takes no new dossier). */
	List<OrgUnit> of(AppUser user) {
		List<OrgUnit> existing = orgs.validOn(clock.today());
		if (user.isAdmin()) {
			return existing;
		}
		var mine = user.orgs(OrgRole.NOMINATOR);
		return existing.stream().filter(o -> mine.contains(o.code())).toList();
	}

}
