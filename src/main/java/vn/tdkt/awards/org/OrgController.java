package vn.tdkt.awards.org;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/orgs}: the org tree, flat, each node with its parent's code. */
@RestController
@RequestMapping("/api/orgs")
class OrgController {

	private final OrgRepository orgs;

	OrgController(OrgRepository orgs) {
		this.orgs = orgs;
	}

	@GetMapping
	List<OrgView> list() {
		return orgs.findAll().stream().map(OrgView::of).toList();
	}

	record OrgView(String code, String name, OrgLevel level, String parentCode, String leaderTitle) {

		static OrgView of(OrgUnit org) {
			return new OrgView(org.code(), org.name(), org.level(), org.parentCode(), org.leaderTitle());
		}

	}

}
