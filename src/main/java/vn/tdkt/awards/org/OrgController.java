package vn.tdkt.awards.org;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/orgs}: the org tree through time, flat, each node with its parent's code and validity; administrators
 * create orgs and change them ({@link OrgAdmin}).
 */
@RestController
@RequestMapping("/api/orgs")
class OrgController {

	private final OrgRepository orgs;

	private final OrgAdmin admin;

	private final RegisterOrgs registerOrgs;

	OrgController(OrgRepository orgs, OrgAdmin admin, RegisterOrgs registerOrgs) {
		this.orgs = orgs;
		this.admin = admin;
		this.registerOrgs = registerOrgs;
	}

	@Operation(summary = "Every org of every date, with its validity")
	@GetMapping
	List<OrgView> list() {
		return orgs.findAll().stream().map(OrgView::of).toList();
	}

	@Operation(summary = "Create an org (administrators)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	OrgView create(Principal user, @RequestBody OrgAdmin.OrgInput input) {
		return OrgView.of(admin.create(input, user.getName()));
	}

	@Operation(summary = "Rename an org, move it under another parent from a date, change its validity or close it with"
			+ " a successor (administrators)")
	@PutMapping("/{code}")
	OrgView update(Principal user, @PathVariable String code, @RequestBody OrgAdmin.OrgInput input) {
		return OrgView.of(admin.update(code, input, user.getName()));
	}

	/** {@code provinceCode} (the register's, "37"), {@code parentCode}, {@code validFrom}, {@code reason}. */
	record FromRegister(String provinceCode, String parentCode, LocalDate validFrom, String reason) {
	}

	@Operation(summary = "Make orgs of a province's communes and wards from the register of administrative units, those"
			+ " not orgs yet (administrators)")
	@PostMapping("/from-register")
	@ResponseStatus(HttpStatus.CREATED)
	List<OrgView> fromRegister(Principal user, @RequestBody FromRegister request) {
		return registerOrgs.create(request.provinceCode(), request.parentCode(), request.validFrom(), user.getName(),
				request.reason()).stream().map(OrgView::of).toList();
	}

	record OrgView(String code, String name, OrgLevel level, String parentCode, String leaderTitle, String officialCode,
			LocalDate validFrom, LocalDate validTo) {

		static OrgView of(OrgUnit org) {
			return new OrgView(org.code(), org.name(), org.level(), org.parentCode(), org.leaderTitle(),
					org.officialCode(), org.validFrom(), org.validTo());
		}

	}

}
