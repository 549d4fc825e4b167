package vn.tdkt.awards.nomination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgRepository.Succession;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.UserTexts;

/**
 * Computes a dossier's route from data only: walk up the org tree in force on the submission date, from the
 * submitting org to the first org whose level decides the award type. A unit (cơ sở) only submits; any other org on
 * the way reviews, the last one decides. So Giấy khen from a commune of Giao Thủy in 2024 stops at the district, the
 * same commune's successor in 2026 decides it itself, a school's dossier goes through its Sở, the Prime Minister's
 * Diploma goes on through Bộ Nội vụ — without any code knowing the chain. A parent that had ceased by the date is
 * replaced by the org that took it over whole.
 */
@Component
public class RoutePlanner {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final OrgRepository orgs;

	public RoutePlanner(OrgRepository orgs) {
		this.orgs = orgs;
	}

	public List<RouteHop> plan(String submittingOrg, AwardType awardType, LocalDate date) {
		return plan(submittingOrg, awardType, date, Map.of());
	}

	/**
	 * The route as it would be if the orgs in {@code ceasing} had ceased by the date, each taken over whole by the
	 * org it maps to (the preview of a reorganization, before anything is written).
	 */
	public List<RouteHop> plan(String submittingOrg, AwardType awardType, LocalDate date, Map<String, String> ceasing) {
		List<OrgUnit> path = pathOn(submittingOrg, date, ceasing);
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
		throw new InvalidDossierException("awardType", "error.nomination.no-deciding-level", path.get(0).name(),
				awardType.name(UserTexts.currentLocale()));
	}

	/** Refuses an org that does not exist on the date, naming who took over from it. */
	public OrgUnit submitterOn(String code, LocalDate date) {
		OrgUnit org = orgs.find(code)
			.orElseThrow(() -> new InvalidDossierException("submittingOrg", "error.nomination.unknown-org", code));
		if (org.validOn(date)) {
			return org;
		}
		if (org.validFrom() != null && date.isBefore(org.validFrom())) {
			throw new InvalidDossierException("submittingOrg", "error.nomination.org-not-yet", org.name(),
					DAY.format(org.validFrom()));
		}
		List<Succession> successors = orgs.successorsOf(code);
		String ceasedOn = DAY.format(org.validTo().plusDays(1));
		if (successors.isEmpty()) {
			throw new InvalidDossierException("submittingOrg", "error.nomination.org-ceased", org.name(), ceasedOn);
		}
		List<String> names = successors.stream()
			.map(s -> orgs.find(s.successorCode()).map(OrgUnit::name).orElse(s.successorCode()))
			.toList();
		throw new InvalidDossierException("submittingOrg", "error.nomination.org-reorganized", org.name(), ceasedOn,
				String.join(", ", names), successors.get(0).legalBasis());
	}

	private List<OrgUnit> pathOn(String code, LocalDate date, Map<String, String> ceasing) {
		List<OrgUnit> path = new ArrayList<>();
		OrgUnit org = ceasing.containsKey(code) ? inForce(code, date, ceasing).orElseThrow()
				: submitterOn(code, date);
		while (org != null && path.size() < 20) {
			path.add(org);
			String parent = orgs.parentOn(org, date);
			org = parent == null ? null : inForce(parent, date, ceasing).orElseThrow(
					() -> new InvalidDossierException("submittingOrg", "error.nomination.no-parent",
							path.get(path.size() - 1).name(), DAY.format(date)));
		}
		return path;
	}

	/** The org, or the one that took it over whole, as it stands on the date. */
	private Optional<OrgUnit> inForce(String code, LocalDate date, Map<String, String> ceasing) {
		String current = code;
		for (int step = 0; current != null && step < 10; step++) {
			Optional<OrgUnit> org = orgs.find(current);
			if (org.isEmpty()) {
				return Optional.empty();
			}
			if (ceasing.containsKey(current)) {
				current = ceasing.get(current);
				continue;
			}
			if (org.get().validOn(date)) {
				return org;
			}
			current = orgs.successorsOf(current)
				.stream()
				.filter(Succession::whole)
				.map(Succession::successorCode)
				.findFirst()
				.orElse(null);
		}
		return Optional.empty();
	}

}
