package vn.tdkt.awards.nomination;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.nomination.DossierView.NomineeView;
import vn.tdkt.awards.nomination.DossierView.RouteStep;
import vn.tdkt.awards.nomination.DossierView.TimelineEntry;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;

/** Builds the read model of one dossier: route with progress, nominees with their outcome, timeline, decision. */
@Component
public class DossierReader {

	private final DossierRepository dossiers;

	private final NomineeRepository nomineeRows;

	private final Timeline timeline;

	private final DossierQueries queries;

	private final OrgRepository orgs;

	private final AwardTypeRepository awardTypes;

	private final DossierDecisions decisions;

	private final DossierDocuments documents;

	DossierReader(DossierRepository dossiers, NomineeRepository nomineeRows, Timeline timeline, DossierQueries queries,
			OrgRepository orgs, AwardTypeRepository awardTypes, DossierDecisions decisions, DossierDocuments documents) {
		this.nomineeRows = nomineeRows;
		this.timeline = timeline;
		this.documents = documents;
		this.dossiers = dossiers;
		this.queries = queries;
		this.orgs = orgs;
		this.awardTypes = awardTypes;
		this.decisions = decisions;
	}

	/** The dossier if the scope may see it; otherwise not found, as if it did not exist. */
	@Transactional(readOnly = true)
	public DossierView read(String id, DossierScope scope) {
		if (!queries.visible(id, scope)) {
			throw new DossierNotFoundException(id);
		}
		Dossier d = dossiers.require(id);
		List<RouteHop> route = dossiers.route(id);
		Map<Integer, String> hopOrg = route.stream().collect(Collectors.toMap(RouteHop::seq, RouteHop::orgCode));
		List<NomineeView> nominees = nomineeRows.nominees(id)
			.stream()
			.map(n -> new NomineeView(n.id(), n.subjectType().name(), n.name(), n.position(), n.orgName(),
					n.achievements(), n.status(), n.reason(), n.closedHop() == null ? null : hopOrg.get(n.closedHop()),
					n.idNumber(), n.birthDate(), n.gender()))
			.toList();
		List<TimelineEntry> timeline = this.timeline.events(id)
			.stream()
			.map(e -> new TimelineEntry(e.at(), e.actor(), e.orgCode(), e.action(), e.comment()))
			.toList();
		String awardTypeName = awardTypes.find(d.awardType()).map(t -> t.nameVi()).orElse(d.awardType());
		return new DossierView(d.id(), d.status(), d.awardType(), awardTypeName, d.year(), d.movement(), d.kind(),
				d.title(), d.submittingOrg(), hopOrg.getOrDefault(d.currentHop(), d.submittingOrg()), d.submittedAt(),
				d.supplementDue(), steps(d, route), nominees, documents.ofDossier(id), timeline,
				decisions.of(id).orElse(null));
	}

	/** The route as the dossier's page shows it: each hop done, current, returned, stopped or to come. */
	private List<RouteStep> steps(Dossier d, List<RouteHop> route) {
		Map<String, OrgUnit> orgNames = orgs.findAll().stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
		return route.stream()
			.map(h -> new RouteStep(h.orgCode(), name(orgNames, h.orgCode()), h.level().name(), h.role(),
					h.seq() < d.currentHop() || (h.seq() == d.currentHop() && d.status() == DossierStatus.DECIDED) ? "DONE"
							// returned: the level waits for the submitter's supplement, it is not reviewing
							: h.seq() == d.currentHop() && d.status() == DossierStatus.RETURNED ? "RETURNED"
							: h.seq() == d.currentHop() && !d.status().isFinal() ? "CURRENT"
									: h.seq() == d.currentHop() ? "STOPPED" : "TODO"))
			.toList();
	}

	/** The route of a dossier (for lists; no visibility check). */
	public List<RouteHop> route(String id) {
		return dossiers.route(id);
	}

	private static String name(Map<String, OrgUnit> orgs, String code) {
		OrgUnit org = orgs.get(code);
		return org == null ? code : org.name();
	}

}
