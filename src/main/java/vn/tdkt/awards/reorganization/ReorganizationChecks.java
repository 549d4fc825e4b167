package vn.tdkt.awards.reorganization;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.reorganization.Reorganization.Merge;
import vn.tdkt.awards.reorganization.Reorganization.Request;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.Texts;

/** A reorganization's request as it may be applied: in force, with a legal basis, each org once, no cycle. */
@Component
class ReorganizationChecks {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final OrgRepository orgs;

	private final AppClock clock;

	ReorganizationChecks(OrgRepository orgs, AppClock clock) {
		this.orgs = orgs;
		this.clock = clock;
	}

	/** The request checked: dates, basis, orgs that exist and are in force, no org twice, no cycle. */
	Request checked(Request request) {
		if (request == null || request.effectiveFrom() == null) {
			throw new InvalidInputException("effectiveFrom", "error.reorganization.date-missing");
		}
		if (request.effectiveFrom().isAfter(clock.today())) {
			throw new InvalidInputException("effectiveFrom", "error.reorganization.not-yet-in-force",
					DAY.format(request.effectiveFrom()));
		}
		String basis = Texts.requiredLine("legalBasis", request.legalBasis(), 500, "error.org.legal-basis-missing");
		if (request.merges() == null || request.merges().isEmpty()) {
			throw new InvalidInputException("merges", "error.reorganization.merges-missing");
		}
		Set<String> seen = new HashSet<>();
		List<Merge> merges = new ArrayList<>();
		for (int i = 0; i < request.merges().size(); i++) {
			merges.add(checkedMerge(request, request.merges().get(i), "merges[%d]".formatted(i), seen));
		}
		for (Merge m : merges) {
			if (seen.contains(m.into())) {
				throw new InvalidInputException("merges", "error.reorganization.merged-and-receiving", m.into());
			}
		}
		return new Request(request.effectiveFrom(), basis, merges, request.moveUsers(),
				Texts.lines("reason", request.reason(), 1000));
	}

	static Map<String, String> successors(Request r) {
		Map<String, String> successors = new LinkedHashMap<>();
		r.merges().forEach(m -> m.from().forEach(f -> successors.put(f, m.into())));
		return successors;
	}

	/** One merge: the receiving org in force from the date, each merged org known, once, in force the day before. */
	private Merge checkedMerge(Request request, Merge m, String field, Set<String> seen) {
		if (m == null || m.into() == null || m.from() == null || m.from().isEmpty()) {
			throw new InvalidInputException(field, "error.reorganization.merge-incomplete");
		}
		OrgUnit into = orgs.find(m.into())
			.orElseThrow(() -> new InvalidInputException(field + ".into", "error.reorganization.into-unknown", m.into()));
		if (!into.validOn(request.effectiveFrom())) {
			throw new InvalidInputException(field + ".into", "error.org.not-in-force", into.name(),
					DAY.format(request.effectiveFrom()));
		}
		for (String code : m.from()) {
			OrgUnit from = orgs.find(code)
				.orElseThrow(() -> new InvalidInputException(field + ".from", "error.org.not-found", code));
			if (!seen.add(code)) {
				throw new InvalidInputException(field + ".from", "error.reorganization.org-twice", code);
			}
			if (code.equals(into.code())) {
				throw new InvalidInputException(field + ".from", "error.reorganization.into-itself", code);
			}
			if (!from.validOn(request.effectiveFrom().minusDays(1))) {
				throw new InvalidInputException(field + ".from", "error.reorganization.ended-before", from.name(),
						DAY.format(request.effectiveFrom()));
			}
			if (orgs.pathToRoot(into.code()).stream().anyMatch(o -> o.code().equals(code))) {
				throw new InvalidInputException(field + ".into", "error.reorganization.cycle", into.name(),
						from.name());
			}
		}
		return new Merge(List.copyOf(m.from()), into.code());
	}

}
