package vn.tdkt.awards.reorganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.InvalidDossierException;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.nomination.RoutePlanner;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;

/** How an open dossier's route goes on after a reorganization, from its current hop. */
@Component
class ContinuedRoutes {

	private final RoutePlanner planner;

	private final DossierLifecycle dossiers;

	private final OrgRepository orgs;

	ContinuedRoutes(RoutePlanner planner, DossierLifecycle dossiers, OrgRepository orgs) {
		this.planner = planner;
		this.dossiers = dossiers;
		this.orgs = orgs;
	}

	/**
	 * The route from the dossier's current hop on, as the tree will be: from the successor of the org at the current
	 * hop (a district's dossier goes on at the province); where no org above it decides the award type any more (a
	 * district's Giấy khen, which communes decide now), from the submitting org's successor, its reviewing hops.
	 */
	List<RouteHop> tail(Dossier dossier, String start, AwardType awardType, LocalDate day,
			Map<String, String> successors) {
		List<RouteHop> planned;
		try {
			planned = planner.plan(start, awardType, day, successors);
		}
		catch (InvalidDossierException ex) {
			planned = planner.plan(current(dossier.submittingOrg(), successors, day), awardType, day, successors).stream()
				.filter(RouteHop::reviews)
				.toList();
			if (planned.isEmpty()) {
				throw ex;
			}
			List<RouteHop> renumbered = new ArrayList<>();
			for (int i = 0; i < planned.size(); i++) {
				RouteHop hop = planned.get(i);
				renumbered.add(new RouteHop(i, hop.orgCode(), hop.level(), hop.role()));
			}
			planned = renumbered;
		}
		if (!planned.get(0).reviews()) {
			throw new InvalidDossierException("merges", "error.reorganization.not-reviewing", planned.get(0).orgCode());
		}
		List<RouteHop> tail = new ArrayList<>();
		for (RouteHop hop : planned) {
			tail.add(new RouteHop(dossier.currentHop() + hop.seq(), hop.orgCode(), hop.level(), hop.role()));
		}
		Set<String> before = new HashSet<>();
		dossiers.route(dossier.id()).stream().filter(h -> h.seq() < dossier.currentHop()).forEach(h -> before.add(h.orgCode()));
		for (RouteHop hop : tail) {
			if (before.contains(hop.orgCode())) {
				throw new InvalidDossierException("merges", "error.reorganization.reviewed-before", hop.orgCode());
			}
		}
		return tail;
	}

	/** The org that stands for this one on the day: itself, or the one that took it over whole (in the plan or done). */
	String current(String code, Map<String, String> successors, LocalDate day) {
		String at = code;
		for (int step = 0; step < 10; step++) {
			if (successors.containsKey(at)) {
				at = successors.get(at);
				continue;
			}
			OrgUnit org = orgs.find(at).orElse(null);
			if (org == null || org.validOn(day)) {
				return at;
			}
			String next = orgs.successorsOf(at).stream().filter(s -> s.whole()).map(s -> s.successorCode()).findFirst()
				.orElse(null);
			if (next == null) {
				return at;
			}
			at = next;
		}
		return at;
	}

}
