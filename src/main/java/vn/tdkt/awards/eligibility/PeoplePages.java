package vn.tdkt.awards.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.Nominations;
import vn.tdkt.awards.nomination.DossierQueries;
import vn.tdkt.awards.nomination.DossierScope;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.registry.RegistryReads;
import vn.tdkt.awards.system.NotFoundException;
import vn.tdkt.awards.system.Texts;

/**
 * Finding a person (or a collective) by name or personal ID number (CCCD), and one person's history: the awards the
 * registry holds for them and the dossiers that proposed them (only those the user may see). A name is matched
 * without regard to case or diacritics ("pham van son" finds "Phạm Văn Sơn"); an ID number exactly.
 */
@Controller
class PeoplePages {

	/** The most rows a search shows of each kind. */
	static final int LIMIT = 50;

	record PersonRow(long id, String subjectType, String name, String orgName, LocalDate birthDate, String idNumber,
			long awards, long nominations) {

		/** The ID number with all but its last four digits hidden. */
		public String maskedId() {
			return Texts.masked(idNumber);
		}

	}

	record NominationRow(String dossierId, String awardTypeName, int year, String name, String status,
			String dossierStatus) {
	}

	record AwardRow(int year, String awardTypeName, String recipientName, String recipientOrg, String decisionNumber,
			LocalDate decisionDate, String authority) {
	}

	private final JdbcClient jdbc;

	private final DossierQueries queries;

	private final Nominations nominations;

	private final RegistryReads registry;

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	PeoplePages(JdbcClient jdbc, DossierQueries queries, Nominations nominations, RegistryReads registry,
			AwardTypeRepository awardTypes, OrgRepository orgs) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.nominations = nominations;
		this.registry = registry;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
	}

	@GetMapping("/people")
	String search(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String q, Model model) {
		String query = Texts.line("q", q, 100);
		model.addAttribute("q", query);
		if (query == null) {
			return "people/search";
		}
		boolean idNumber = query.matches("\\d{9}|\\d{12}");
		String name = "%" + query.toLowerCase(java.util.Locale.ROOT) + "%";
		model.addAttribute("people", people(jdbc.sql(PERSON + (idNumber ? " where p.id_number = ?" : " where p.name_key like ?")
				+ " order by p.name_key, p.id")
			.param(idNumber ? query : "%" + People.key(query) + "%")
			.query(PeoplePages::person)
			.list()
			.stream()
			.limit(LIMIT)
			.toList()));
		DossierScope scope = DossierScope.of(user);
		model.addAttribute("nominations", nominations(idNumber ? nominations.nominationsByIdNumber(query)
				: nominations.nominationsByName(name), scope).stream().limit(LIMIT).toList());
		model.addAttribute("awards", idNumber ? List.of() : awards(registry.byRecipientName(name, LIMIT)));
		return "people/search";
	}

	@GetMapping("/people/{id}")
	String person(@AuthenticationPrincipal AppUser user, @PathVariable long id, Model model) {
		Optional<PersonRow> person = jdbc.sql(PERSON + " where p.id = ?").param(id).query(PeoplePages::person).optional();
		model.addAttribute("person", people(List.of(person.orElseThrow(() -> new NotFoundException(
				"error.eligibility.no-person", id)))).get(0));
		model.addAttribute("awards", awards(registry.ofPerson(id)));
		model.addAttribute("nominations", nominations(nominations.nominationsOf(id), DossierScope.of(user)));
		return "people/person";
	}

	static final String PERSON = "select p.id, p.subject_type, p.name, p.org_code, p.birth_date, p.id_number from person p";

	/** The people with their org's name and how many awards and nominations each has. */
	private List<PersonRow> people(List<PersonRow> found) {
		List<Long> ids = found.stream().map(PersonRow::id).toList();
		Map<Long, Long> awards = registry.countsByPerson(ids);
		Map<Long, Long> nominated = nominations.nominationCounts(ids);
		Map<String, String> orgNames = orgNames();
		return found.stream()
			.map(p -> new PersonRow(p.id(), p.subjectType(), p.name(),
					p.orgName() == null ? null : orgNames.getOrDefault(p.orgName(), p.orgName()),
					p.birthDate(), p.idNumber(), awards.getOrDefault(p.id(), 0L), nominated.getOrDefault(p.id(), 0L)))
			.toList();
	}

	/** The nominations the user may see, with their award type's name. */
	private List<NominationRow> nominations(List<Nominations.Nomination> found, DossierScope scope) {
		return found.stream()
			.filter(n -> queries.visible(n.dossierId(), scope))
			.map(n -> new NominationRow(n.dossierId(), awardTypeName(n.awardType()), n.year(), n.name(), n.status(),
					n.dossierStatus()))
			.toList();
	}

	private List<AwardRow> awards(List<RegistryReads.PersonAward> found) {
		Map<String, String> orgNames = orgNames();
		return found.stream()
			.map(a -> new AwardRow(a.year(), awardTypeName(a.awardType()), a.recipientName(), a.recipientOrg(),
					a.decisionNumber(), a.decisionDate(),
					orgNames.getOrDefault(a.authorityOrg(), a.authorityOrg())))
			.toList();
	}

	private Map<String, String> orgNames() {
		Map<String, String> names = new java.util.HashMap<>();
		orgs.findAll().forEach(o -> names.put(o.code(), o.name()));
		return names;
	}

	private String awardTypeName(String code) {
		return awardTypes.find(code).map(t -> t.nameVi()).orElse(code);
	}

	/** A person as found: {@code orgName} holds the org's code until {@link #people} names it. */
	static PersonRow person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PersonRow(rs.getLong("id"), rs.getString("subject_type"), rs.getString("name"),
				rs.getString("org_code"), rs.getObject("birth_date", LocalDate.class), rs.getString("id_number"), 0, 0);
	}

}
