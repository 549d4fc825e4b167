package vn.tdkt.awards.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.DossierQueries;
import vn.tdkt.awards.nomination.DossierScope;
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

	PeoplePages(JdbcClient jdbc, DossierQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	@GetMapping("/people")
	String search(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String q, Model model) {
		String query = Texts.line("q", q, 100);
		model.addAttribute("q", query);
		if (query == null) {
			return "people/search";
		}
		boolean idNumber = query.matches("\\d{9}|\\d{12}");
		String key = "%" + People.key(query) + "%";
		String name = "%" + query.toLowerCase(java.util.Locale.ROOT) + "%";
		model.addAttribute("people", jdbc.sql(PERSON + (idNumber ? " where p.id_number = ?" : " where p.name_key like ?")
				+ " order by p.name_key, p.id")
			.param(idNumber ? query : key)
			.query(PeoplePages::person)
			.list()
			.stream()
			.limit(LIMIT)
			.toList());
		DossierScope scope = DossierScope.of(user);
		model.addAttribute("nominations", jdbc.sql(NOMINATION + (idNumber ? " where n.id_number = ?"
				: " where lower(n.name) like ?") + " order by d.id desc")
			.param(idNumber ? query : name)
			.query(PeoplePages::nomination)
			.list()
			.stream()
			.filter(n -> queries.visible(n.dossierId(), scope))
			.limit(LIMIT)
			.toList());
		model.addAttribute("awards", idNumber ? List.of()
				: jdbc.sql(AWARD + " where lower(a.recipient_name) like ? order by a.award_year desc, a.id")
					.param(name)
					.query(PeoplePages::award)
					.list()
					.stream()
					.limit(LIMIT)
					.toList());
		return "people/search";
	}

	@GetMapping("/people/{id}")
	String person(@AuthenticationPrincipal AppUser user, @PathVariable long id, Model model) {
		Optional<PersonRow> person = jdbc.sql(PERSON + " where p.id = ?").param(id).query(PeoplePages::person).optional();
		model.addAttribute("person", person.orElseThrow(() -> new NotFoundException("error.eligibility.no-person", id)));
		model.addAttribute("awards", jdbc.sql(AWARD + " where a.person_id = ? order by a.award_year desc, a.id")
			.param(id)
			.query(PeoplePages::award)
			.list());
		DossierScope scope = DossierScope.of(user);
		model.addAttribute("nominations", jdbc.sql(NOMINATION + " where n.person_id = ? order by d.id desc")
			.param(id)
			.query(PeoplePages::nomination)
			.list()
			.stream()
			.filter(n -> queries.visible(n.dossierId(), scope))
			.toList());
		return "people/person";
	}

	static final String PERSON = "select p.id, p.subject_type, p.name, o.name as org_name, p.birth_date, p.id_number,"
			+ " (select count(*) from award a where a.person_id = p.id) as awards,"
			+ " (select count(*) from nominee n where n.person_id = p.id) as nominations"
			+ " from person p left join org_unit o on o.code = p.org_code";

	static final String NOMINATION = "select d.id, t.name_vi, d.award_year, n.name, n.status, d.status as dossier_status"
			+ " from nominee n join dossier d on d.id = n.dossier_id join award_type t on t.code = d.award_type";

	static final String AWARD = "select a.award_year, t.name_vi, a.recipient_name, a.recipient_org, a.decision_number,"
			+ " a.decision_date, o.name as authority from award a join award_type t on t.code = a.award_type"
			+ " join org_unit o on o.code = a.authority_org";

	static PersonRow person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PersonRow(rs.getLong("id"), rs.getString("subject_type"), rs.getString("name"),
				rs.getString("org_name"), rs.getObject("birth_date", LocalDate.class), rs.getString("id_number"),
				rs.getLong("awards"), rs.getLong("nominations"));
	}

	static NominationRow nomination(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new NominationRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				rs.getString(6));
	}

	static AwardRow award(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AwardRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getString(7));
	}

}
