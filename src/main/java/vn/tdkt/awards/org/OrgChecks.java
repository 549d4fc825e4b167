package vn.tdkt.awards.org;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.InvalidInputException;

/** An org's place in the tree through time: dates in order, a parent over its whole validity, children within it. */
@Component
class OrgChecks {

	private final OrgRepository orgs;

	OrgChecks(OrgRepository orgs) {
		this.orgs = orgs;
	}

	static void checkDates(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("validTo", "error.org.dates-reversed", OrgAdmin.DAY.format(to), OrgAdmin.DAY.format(from));
		}
	}

	/** The parent, existing over the whole validity of the org, and not the org itself or one of its descendants. */
	OrgUnit parentFor(String code, OrgLevel level, String parentCode, LocalDate from, LocalDate to) {
		if (parentCode == null || parentCode.isBlank()) {
			if (level != OrgLevel.PRESIDENT) {
				throw new InvalidInputException("parentCode", "error.org.parent-missing");
			}
			return null;
		}
		OrgUnit parent = orgs.find(parentCode)
			.orElseThrow(() -> new InvalidInputException("parentCode", "error.org.parent-unknown", parentCode));
		for (OrgUnit up : orgs.pathToRoot(parent.code())) {
			if (up.code().equals(code)) {
				throw new InvalidInputException("parentCode", "error.org.parent-cycle", parent.name(), code);
			}
		}
		boolean startsInside = parent.validFrom() == null || (from != null && !from.isBefore(parent.validFrom()));
		boolean endsInside = parent.validTo() == null || (to != null && !to.isAfter(parent.validTo()));
		if (!startsInside || !endsInside) {
			throw new InvalidInputException("validFrom", "error.org.outside-parent", OrgAdmin.day(from), OrgAdmin.day(to), parent.name(),
					OrgAdmin.day(parent.validFrom()), OrgAdmin.day(parent.validTo()));
		}
		return parent;
	}

	/** The org's children must exist only while it does. */
	void childrenWithin(String code, LocalDate from, LocalDate to) {
		List<OrgUnit> outside = orgs.findAll().stream()
			.filter(o -> code.equals(o.parentCode()))
			.filter(o -> (from != null && (o.validFrom() == null || o.validFrom().isBefore(from)))
					|| (to != null && (o.validTo() == null || o.validTo().isAfter(to))))
			.toList();
		if (!outside.isEmpty()) {
			throw new InvalidInputException("validTo", "error.org.children-outside",
					String.join(", ", outside.stream().map(OrgUnit::name).limit(5).toList())
							+ (outside.size() > 5 ? "…" : ""));
		}
	}

}
