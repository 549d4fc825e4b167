package vn.tdkt.awards.nomination;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;

/** What every dossier page's model holds: the orgs' names by code (routes, timelines, the submitting org). */
@ControllerAdvice(assignableTypes = { DossierPages.class, DossierFormPages.class })
class DossierPageModel {

	private final OrgRepository orgs;

	DossierPageModel(OrgRepository orgs) {
		this.orgs = orgs;
	}

	@ModelAttribute("orgNames")
	Map<String, String> orgNames() {
		return orgs.findAll().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name));
	}

}
