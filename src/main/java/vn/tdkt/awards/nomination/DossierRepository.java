package vn.tdkt.awards.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.system.Counters;

/** Reads and writes dossiers, their routes, nominees and timelines. */
@Repository
class DossierRepository {

	private static final String DOSSIER = "select id, award_year, award_type, movement_code, kind, title, submitting_org, current_hop,"
			+ " status, submitted_by, submitted_at, closed_at, requested_decision_number, supplement_due from dossier";

	private static final String NOMINEE = "select id, dossier_id, seq, subject_type, name, position, org_name, achievements, status,"
			+ " reason, closed_hop, id_number, birth_date, gender from nominee";

	private final JdbcClient jdbc;

	private final Counters counters;

	public DossierRepository(JdbcClient jdbc, Counters counters) {
		this.jdbc = jdbc;
		this.counters = counters;
	}

	/**
	 * The next id of the year, HS-2024-000012, unique across nodes. Taken in a short transaction of its own, so submits
	 * never wait for one another; a refused or rolled-back submit leaves a gap in the numbers.
	 */
	public String nextId(int year) {
		return "HS-%d-%06d".formatted(year, counters.nextWithGaps("dossier", Integer.toString(year)));
	}

	public void insert(Dossier d, String idempotencyKey, String idempotencyFingerprint) {
		jdbc.sql("insert into dossier (id, award_year, award_type, movement_code, kind, title, submitting_org, current_hop,"
				+ " status, submitted_by, submitted_at, idempotency_key, idempotency_hash)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.year(), d.awardType(), d.movement(), d.kind(), d.title(), d.submittingOrg(), d.currentHop(),
					d.status().name(), d.submittedBy(), d.submittedAt(), idempotencyKey, idempotencyFingerprint)
			.update();
	}

	/** The dossier an Idempotency-Key made, and the fingerprint of the request that made it. */
	public record Idempotent(String id, String fingerprint) {
	}

	public long insertNominee(String dossierId, int seq, SubjectType subjectType, String name, String position,
			String orgName, String achievements, String idNumber, java.time.LocalDate birthDate, Gender gender) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into nominee (dossier_id, seq, subject_type, name, position, org_name, achievements, status,"
				+ " id_number, birth_date, gender) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, seq, subjectType.name(), name, position, orgName, achievements,
					NomineeStatus.PENDING.name(), idNumber, birthDate, gender == null ? null : gender.name())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void insertRoute(String dossierId, List<RouteHop> route) {
		for (RouteHop hop : route) {
			jdbc.sql("insert into dossier_hop (dossier_id, seq, org_code, org_level, role) values (?, ?, ?, ?, ?)")
				.params(dossierId, hop.seq(), hop.orgCode(), hop.level().name(), hop.role().name())
				.update();
		}
	}

	/**
	 * The route from hop {@code seq} on is replaced (an org on it ceased): that hop continues at the tail's first org,
	 * the hops after it are the tail's. The hops before {@code seq} keep their history.
	 */
	public void replaceRouteFrom(String dossierId, int seq, List<RouteHop> tail) {
		jdbc.sql("delete from dossier_hop where dossier_id = ? and seq > ?").params(dossierId, seq).update();
		RouteHop first = tail.get(0);
		jdbc.sql("update dossier_hop set org_code = ?, org_level = ?, role = ? where dossier_id = ? and seq = ?")
			.params(first.orgCode(), first.level().name(), first.role().name(), dossierId, seq)
			.update();
		for (RouteHop hop : tail.subList(1, tail.size())) {
			jdbc.sql("insert into dossier_hop (dossier_id, seq, org_code, org_level, role) values (?, ?, ?, ?, ?)")
				.params(dossierId, hop.seq(), hop.orgCode(), hop.level().name(), hop.role().name())
				.update();
		}
	}

	/** The dossiers not closed yet whose route still has one of the orgs ahead of it (its current hop included). */
	public List<Dossier> openDossiersAhead(java.util.Collection<String> orgCodes) {
		if (orgCodes.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(orgCodes.size(), "?"));
		List<Object> params = new java.util.ArrayList<>(orgCodes);
		params.addAll(java.util.Arrays.stream(DossierStatus.values()).filter(DossierStatus::isFinal).map(Enum::name).toList());
		String finals = String.join(", ", java.util.Collections.nCopies(
				(int) java.util.Arrays.stream(DossierStatus.values()).filter(DossierStatus::isFinal).count(), "?"));
		return jdbc.sql(DOSSIER + " d where exists (select 1 from dossier_hop h where h.dossier_id = d.id"
				+ " and h.seq >= d.current_hop and h.org_code in (" + marks + ")) and d.status not in (" + finals + ")"
				+ " order by d.id")
			.params(params)
			.query(DossierRepository::dossier)
			.list();
	}

	/** Which steps apply at a hop, its outcomes so far kept (the hop moved to another org). */
	public void setHopSteps(String dossierId, int seq, boolean councilRequired, boolean postingRequired) {
		jdbc.sql("update dossier_hop set council_required = ?, posting_required = ? where dossier_id = ? and seq = ?")
			.params(councilRequired, postingRequired, dossierId, seq)
			.update();
	}

	public Optional<Dossier> find(String id) {
		return jdbc.sql(DOSSIER + " where id = ?").param(id).query(DossierRepository::dossier).optional();
	}

	public Dossier require(String id) {
		return find(id).orElseThrow(() -> new DossierNotFoundException(id));
	}

	/** Locks the dossier row for the rest of the transaction (serialises actions on one dossier across nodes). */
	public Dossier lock(String id) {
		return jdbc.sql(DOSSIER + " where id = ? for update").param(id).query(DossierRepository::dossier).optional()
			.orElseThrow(() -> new DossierNotFoundException(id));
	}

	public Optional<Idempotent> findByIdempotencyKey(String submittingOrg, String key) {
		return jdbc.sql("select id, idempotency_hash from dossier where submitting_org = ? and idempotency_key = ?")
			.params(submittingOrg, key)
			.query((rs, row) -> new Idempotent(rs.getString("id"), rs.getString("idempotency_hash")))
			.optional();
	}

	/** The hop's public posting runs until {@code ends}. */
	public void setPostingEnds(String dossierId, int seq, LocalDateTime ends) {
		jdbc.sql("update dossier_hop set posting_ends = ? where dossier_id = ? and seq = ?")
			.params(ends, dossierId, seq)
			.update();
	}

	/** The dossier's posting under way, if its current hop posts and has not tallied the posting yet. */
	public Optional<OpenPosting> openPosting(String dossierId) {
		return jdbc.sql("select h.dossier_id, h.seq, h.org_code, h.posting_ends from dossier d join dossier_hop h"
				+ " on h.dossier_id = d.id and h.seq = d.current_hop where d.id = ? and d.status = 'IN_REVIEW'"
				+ " and h.posting_ends is not null and not exists (select 1 from dossier_event e where e.dossier_id = d.id"
				+ " and e.hop_seq = h.seq and e.action = 'POSTING_ENDED' and e.id > (select max(p.id) from dossier_event p"
				+ " where p.dossier_id = d.id and p.hop_seq = h.seq and p.action = 'POSTED'))")
			.param(dossierId)
			.query((rs, row) -> new OpenPosting(rs.getString(1), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toLocalDateTime()))
			.optional();
	}

	/** The postings under way at these orgs (all of them for null), soonest to end first. */
	public List<OpenPosting> openPostings(java.util.Collection<String> orgCodes) {
		String where = orgCodes == null ? "" : orgCodes.isEmpty() ? " and 1 = 0"
				: " and h.org_code in (" + String.join(", ", java.util.Collections.nCopies(orgCodes.size(), "?")) + ")";
		return jdbc.sql("select h.dossier_id, h.seq, h.org_code, h.posting_ends from dossier d join dossier_hop h"
				+ " on h.dossier_id = d.id and h.seq = d.current_hop where d.status = 'IN_REVIEW'"
				+ " and h.posting_ends is not null and not exists (select 1 from dossier_event e where e.dossier_id = d.id"
				+ " and e.hop_seq = h.seq and e.action = 'POSTING_ENDED' and e.id > (select max(p.id) from dossier_event p"
				+ " where p.dossier_id = d.id and p.hop_seq = h.seq and p.action = 'POSTED'))" + where
				+ " order by h.posting_ends, h.dossier_id")
			.params(orgCodes == null ? List.of() : List.copyOf(orgCodes))
			.query((rs, row) -> new OpenPosting(rs.getString(1), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toLocalDateTime()))
			.list();
	}

	/** A draft submitted: by whom and when, as a dossier submitted at once records it. */
	public void markSubmitted(String id, String by, LocalDateTime at) {
		jdbc.sql("update dossier set status = ?, submitted_by = ?, submitted_at = ?, version = version + 1 where id = ?")
			.params(DossierStatus.SUBMITTED.name(), by, at, id)
			.update();
	}

	public void updateStatus(String id, DossierStatus status, LocalDateTime at) {
		jdbc.sql("update dossier set status = ?, closed_at = ?, version = version + 1 where id = ?")
			.params(status.name(), status.isFinal() ? at : null, id)
			.update();
	}

	/** Moves the dossier to {@code hop}; the hops up to it are marked reached (what the list's scope reads). */
	public void setCurrentHop(String id, int hop) {
		jdbc.sql("update dossier set current_hop = ?, version = version + 1 where id = ?").params(hop, id).update();
		jdbc.sql("update dossier_hop set reached = true where dossier_id = ? and seq <= ? and reached = false")
			.params(id, hop)
			.update();
	}

	public void setProcessInstance(String id, String processInstanceId) {
		jdbc.sql("update dossier set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
	}

	public void setSupplementDue(String id, LocalDateTime due) {
		jdbc.sql("update dossier set supplement_due = ? where id = ?").params(due, id).update();
	}

	public List<RouteHop> route(String dossierId) {
		return jdbc.sql("select seq, org_code, org_level, role from dossier_hop where dossier_id = ? order by seq")
			.param(dossierId)
			.query((rs, row) -> new RouteHop(rs.getInt("seq"), rs.getString("org_code"),
					OrgLevel.valueOf(rs.getString("org_level")), HopRole.valueOf(rs.getString("role"))))
			.list();
	}

	public RouteHop hop(String dossierId, int seq) {
		return route(dossierId).stream()
			.filter(h -> h.seq() == seq)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Dossier %s has no hop %d".formatted(dossierId, seq)));
	}

	public HopState hopState(String dossierId, int seq) {
		return jdbc.sql("select council_required, posting_required, appraisal_outcome, sign_outcome, outcome"
				+ " from dossier_hop where dossier_id = ? and seq = ?")
			.params(dossierId, seq)
			.query((rs, row) -> new HopState((Boolean) rs.getObject("council_required"),
					(Boolean) rs.getObject("posting_required"), rs.getString("appraisal_outcome"),
					rs.getString("sign_outcome"), rs.getString("outcome")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("Dossier %s has no hop %d".formatted(dossierId, seq)));
	}

	/** The hop opens: which steps apply there; no outcome yet. */
	public void openHop(String dossierId, int seq, boolean councilRequired, boolean postingRequired) {
		jdbc.sql("update dossier_hop set council_required = ?, posting_required = ?, appraisal_outcome = null,"
				+ " sign_outcome = null, outcome = null where dossier_id = ? and seq = ?")
			.params(councilRequired, postingRequired, dossierId, seq)
			.update();
	}

	public void setAppraisalOutcome(String dossierId, int seq, String outcome) {
		jdbc.sql("update dossier_hop set appraisal_outcome = ? where dossier_id = ? and seq = ?")
			.params(outcome, dossierId, seq)
			.update();
	}

	public void setSignOutcome(String dossierId, int seq, String outcome) {
		jdbc.sql("update dossier_hop set sign_outcome = ? where dossier_id = ? and seq = ?")
			.params(outcome, dossierId, seq)
			.update();
	}

	/** How the review at the hop ended (FORWARDED, DECIDED, REJECTED, EXPIRED). */
	public void setHopOutcome(String dossierId, int seq, String outcome) {
		jdbc.sql("update dossier_hop set outcome = ? where dossier_id = ? and seq = ?")
			.params(outcome, dossierId, seq)
			.update();
	}

	public int pendingCount(String dossierId) {
		return jdbc.sql("select count(*) from nominee where dossier_id = ? and status = ?")
			.params(dossierId, NomineeStatus.PENDING.name())
			.query(Integer.class)
			.single();
	}

	public List<Nominee> nominees(String dossierId) {
		return jdbc.sql(NOMINEE + " where dossier_id = ? order by seq").param(dossierId).query(DossierRepository::nominee).list();
	}

	public List<Nominee> pendingNominees(String dossierId) {
		return jdbc.sql(NOMINEE + " where dossier_id = ? and status = ? order by seq")
			.params(dossierId, NomineeStatus.PENDING.name())
			.query(DossierRepository::nominee)
			.list();
	}

	/**
	 * Nominees this hop's own appraisal left out (not the council, not an objection, not an earlier level): when the
	 * dossier comes back to the same appraisal (a leader's return, a supplement), the appraiser may put them back.
	 */
	public List<Nominee> leftOutByAppraisal(String dossierId, int hop) {
		return jdbc.sql(NOMINEE + " where dossier_id = ? and status = ? and closed_hop = ? and exists (select 1 from"
				+ " nominee_verdict v where v.nominee_id = nominee.id and v.hop_seq = ? and v.step = 'APPRAISE' and"
				+ " v.approved = false) and not exists (select 1 from nominee_verdict v where v.nominee_id = nominee.id and"
				+ " v.hop_seq = ? and v.step <> 'APPRAISE') order by seq")
			.params(dossierId, NomineeStatus.NOT_AWARDED.name(), hop, hop, hop)
			.query(DossierRepository::nominee)
			.list();
	}

	/** A nominee the same appraisal had left out goes on again. */
	public void reopenNominee(long nomineeId) {
		jdbc.sql("update nominee set status = ?, reason = null, closed_hop = null where id = ?")
			.params(NomineeStatus.PENDING.name(), nomineeId)
			.update();
	}

	public void updateNominee(long nomineeId, String name, String position, String orgName, String achievements) {
		jdbc.sql("update nominee set name = coalesce(?, name), position = coalesce(?, position),"
				+ " org_name = coalesce(?, org_name), achievements = coalesce(?, achievements) where id = ?")
			.params(name, position, orgName, achievements, nomineeId)
			.update();
	}

	public void closeNominee(long nomineeId, NomineeStatus status, String reason, int hop) {
		jdbc.sql("update nominee set status = ?, reason = ?, closed_hop = ? where id = ?")
			.params(status.name(), bound(reason, REASON_LENGTH), hop, nomineeId)
			.update();
	}

	public void addVerdict(long nomineeId, int hop, String step, boolean approved, String reason, LocalDateTime at) {
		jdbc.sql("insert into nominee_verdict (nominee_id, hop_seq, step, approved, reason, at) values (?, ?, ?, ?, ?, ?)")
			.params(nomineeId, hop, step, approved, bound(reason, REASON_LENGTH), at)
			.update();
	}

	public void addEvent(String dossierId, LocalDateTime at, int hop, String orgCode, String actor,
			DossierEventType action, String taskKey, String taskId, String comment) {
		jdbc.sql("insert into dossier_event (dossier_id, at, hop_seq, org_code, actor, action, task_key, task_id, comment)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, at, hop, orgCode, actor, action.name(), taskKey, taskId, bound(comment, COMMENT_LENGTH))
			.update();
	}

	public List<DossierEvent> events(String dossierId) {
		return jdbc.sql("select id, dossier_id, at, hop_seq, org_code, actor, action, task_key, task_id, comment"
				+ " from dossier_event where dossier_id = ? order by id")
			.param(dossierId)
			.query((rs, row) -> new DossierEvent(rs.getLong("id"), rs.getString("dossier_id"),
					rs.getTimestamp("at").toLocalDateTime(), rs.getInt("hop_seq"), rs.getString("org_code"),
					rs.getString("actor"), DossierEventType.valueOf(rs.getString("action")), rs.getString("task_key"),
					rs.getString("task_id"), rs.getString("comment")))
			.list();
	}

	public Optional<DossierEvent> lastEvent(String dossierId, DossierEventType action) {
		List<DossierEvent> matching = events(dossierId).stream().filter(e -> e.action() == action).toList();
		return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
	}

	/** Columns of composed texts: a reason names the step and quotes the reviewer; the timeline keeps more. */
	static final int REASON_LENGTH = 1000;

	static final int COMMENT_LENGTH = 4000;

	/** A composed text cut to its column, marked as cut; the reviewer's own words stay whole in the timeline. */
	DossierLifecycle.NomineeIdentity identity(long nomineeId) {
		return jdbc.sql("select person_id, id_number, birth_date from nominee where id = ?")
			.param(nomineeId)
			.query((rs, row) -> {
				long person = rs.getLong("person_id");
				Long personId = rs.wasNull() ? null : person;
				java.sql.Date birth = rs.getDate("birth_date");
				return new DossierLifecycle.NomineeIdentity(personId, rs.getString("id_number"),
						birth == null ? null : birth.toLocalDate());
			})
			.single();
	}

	void linkPerson(long nomineeId, long personId) {
		jdbc.sql("update nominee set person_id = ? where id = ?").params(personId, nomineeId).update();
	}

	static String bound(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int cut = max - 1;
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut) + "…";
	}

	private static Dossier dossier(ResultSet rs, int row) throws SQLException {
		var closed = rs.getTimestamp("closed_at");
		var due = rs.getTimestamp("supplement_due");
		return new Dossier(rs.getString("id"), rs.getInt("award_year"), rs.getString("award_type"),
				rs.getString("movement_code"), rs.getString("kind"), rs.getString("title"), rs.getString("submitting_org"),
				rs.getInt("current_hop"), DossierStatus.valueOf(rs.getString("status")), rs.getString("submitted_by"),
				rs.getTimestamp("submitted_at").toLocalDateTime(), closed == null ? null : closed.toLocalDateTime(),
				rs.getString("requested_decision_number"), due == null ? null : due.toLocalDateTime());
	}

	private static Nominee nominee(ResultSet rs, int row) throws SQLException {
		Integer closedHop = rs.getObject("closed_hop", Integer.class);
		return new Nominee(rs.getLong("id"), rs.getString("dossier_id"), rs.getInt("seq"),
				SubjectType.valueOf(rs.getString("subject_type")), rs.getString("name"), rs.getString("position"),
				rs.getString("org_name"), rs.getString("achievements"), NomineeStatus.valueOf(rs.getString("status")),
				rs.getString("reason"), closedHop, rs.getString("id_number"),
				rs.getObject("birth_date", java.time.LocalDate.class),
				rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")));
	}

}
