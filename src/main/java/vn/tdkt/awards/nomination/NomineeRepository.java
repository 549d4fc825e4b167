package vn.tdkt.awards.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.system.TransactionMemo;

/** Reads and writes a dossier's nominees and their verdicts at each hop. */
@Repository
class NomineeRepository {

	private static final String NOMINEE = "select id, dossier_id, seq, subject_type, name, position, org_name, achievements, status,"
			+ " reason, closed_hop, id_number, birth_date, gender from nominee";

	private final JdbcClient jdbc;

	/** A dossier's nominees as this transaction read them: the dossier's reads, forgotten with them (its writes, its lock). */
	private final TransactionMemo reads = DossierRepository.READS;

	NomineeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertNominee(String dossierId, int seq, SubjectType subjectType, String name, String position,
			String orgName, String achievements, String idNumber, java.time.LocalDate birthDate, Gender gender) {
		KeyHolder keys = new GeneratedKeyHolder();
		reads.forget();
		jdbc.sql("insert into nominee (dossier_id, seq, subject_type, name, position, org_name, achievements, status,"
				+ " id_number, birth_date, gender) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, seq, subjectType.name(), name, position, orgName, achievements,
					NomineeStatus.PENDING.name(), idNumber, birthDate, gender == null ? null : gender.name())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public int pendingCount(String dossierId) {
		return pendingNominees(dossierId).size();
	}

	public List<Nominee> nominees(String dossierId) {
		return reads.read("nominees " + dossierId, () -> List.copyOf(jdbc.sql(NOMINEE + " where dossier_id = ? order by seq")
			.param(dossierId)
			.query(NomineeRepository::nominee)
			.list()));
	}

	public List<Nominee> pendingNominees(String dossierId) {
		return reads.read("pending " + dossierId, () -> List.copyOf(jdbc
			.sql(NOMINEE + " where dossier_id = ? and status = ? order by seq")
			.params(dossierId, NomineeStatus.PENDING.name())
			.query(NomineeRepository::nominee)
			.list()));
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
			.query(NomineeRepository::nominee)
			.list();
	}

	/** A nominee the same appraisal had left out goes on again. */
	public void reopenNominee(long nomineeId) {
		reads.forget();
		jdbc.sql("update nominee set status = ?, reason = null, closed_hop = null where id = ?")
			.params(NomineeStatus.PENDING.name(), nomineeId)
			.update();
	}

	public void updateNominee(long nomineeId, String name, String position, String orgName, String achievements) {
		reads.forget();
		jdbc.sql("update nominee set name = coalesce(?, name), position = coalesce(?, position),"
				+ " org_name = coalesce(?, org_name), achievements = coalesce(?, achievements) where id = ?")
			.params(name, position, orgName, achievements, nomineeId)
			.update();
	}

	public void closeNominee(long nomineeId, NomineeStatus status, String reason, int hop) {
		reads.forget();
		jdbc.sql("update nominee set status = ?, reason = ?, closed_hop = ? where id = ?")
			.params(status.name(), DossierRepository.bound(reason, DossierRepository.REASON_LENGTH), hop, nomineeId)
			.update();
	}

	public void addVerdict(long nomineeId, int hop, String step, boolean approved, String reason, LocalDateTime at) {
		jdbc.sql("insert into nominee_verdict (nominee_id, hop_seq, step, approved, reason, at) values (?, ?, ?, ?, ?, ?)")
			.params(nomineeId, hop, step, approved, DossierRepository.bound(reason, DossierRepository.REASON_LENGTH), at)
			.update();
	}

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
		reads.forget();
		jdbc.sql("update nominee set person_id = ? where id = ?").params(personId, nomineeId).update();
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

	private static final String NOMINATION = "select d.id, d.award_type, d.award_year, n.name, n.status, d.status as"
			+ " dossier_status from nominee n join dossier d on d.id = n.dossier_id";

	List<Nominations.Nomination> nominations(String where, Object param) {
		return jdbc.sql(NOMINATION + " where " + where + " order by d.id desc")
			.param(param)
			.query((rs, row) -> new Nominations.Nomination(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	List<Long> idsOfPerson(long personId) {
		return jdbc.sql("select id from nominee where person_id = ?").param(personId).query(Long.class).list();
	}

	java.util.Map<Long, Long> countsByPerson(java.util.Collection<Long> personIds) {
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		if (!personIds.isEmpty()) {
			jdbc.sql("select person_id, count(*) from nominee where person_id in ("
					+ String.join(", ", java.util.Collections.nCopies(personIds.size(), "?")) + ") group by person_id")
				.params(List.copyOf(personIds))
				.query((rs, row) -> counts.put(rs.getLong(1), rs.getLong(2)))
				.list();
		}
		return counts;
	}

	java.util.Map<String, Long> dossiersByMovement() {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		jdbc.sql("select movement_code, count(*) from dossier where movement_code is not null group by movement_code")
			.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

}
