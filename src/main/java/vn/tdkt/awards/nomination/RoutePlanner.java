package vn.tdkt.awards.nomination;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;

/**
 * Computes a dossier's route from data only: walk up the org tree from the submitting org to the first org whose
 * level decides the award type. A unit (cơ sở) only submits; any other org on the way reviews, the last one decides.
 * So Giấy khen from a commune of Giao Thủy stops at the district, a department's dossier skips the districts, the
 * Prime Minister's Diploma goes on through Bộ Nội vụ, and the two-level structure routes communes straight to the
 * province, without any code knowing the chain.
 */
@Component
public class RoutePlanner {

	private final OrgRepository orgs;

	public RoutePlanner(OrgRepository orgs) {
		this.orgs = orgs;
	}

	public List<RouteHop> plan(String submittingOrg, AwardType awardType) {
		List<OrgUnit> path = orgs.pathToRoot(submittingOrg);
		if (path.isEmpty()) {
			throw new InvalidDossierException("submittingOrg", "Không có đơn vị mã " + submittingOrg);
		}
		List<RouteHop> route = new ArrayList<>();
		for (OrgUnit org : path) {
			int seq = route.size();
			if (awardType.decidedAt(org.level())) {
				route.add(new RouteHop(seq, org.code(), org.level(), HopRole.DECIDE));
				return route;
			}
			HopRole role = seq == 0 && !org.level().reviews() ? HopRole.SUBMIT : HopRole.FORWARD;
			route.add(new RouteHop(seq, org.code(), org.level(), role));
		}
		throw new InvalidDossierException("awardType", "Không có cấp nào trên đường từ %s có thẩm quyền quyết định %s"
			.formatted(path.get(0).name(), awardType.nameVi()));
	}

}
