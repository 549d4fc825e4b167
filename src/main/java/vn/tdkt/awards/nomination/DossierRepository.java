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
import vn.tdkt.awards.system.TransactionMemo;

/** Reads and writes dossiers, their routes, nominees and timelines. */
@Repository
class DossierRepository {

	private static final String DOSSIER = "select id, award_year, award_type, movement_code, kind, title, submitting_org, current_hop,"
			+ " status, submitted_by, submitted_at, closed_at, requested_decision_number, supplement_due from dossier";

	private final JdbcClient jdbc;

	private final Counters counters;

	/**
	 * The dossier, its route, its hops' states and its nominees ({@link NomineeRepository}) as this transaction read
	 * them, forgotten at any write through either repository and at a locking read of the dossier.
	 */
	static final TransactionMemo READS = new TransactionMemo();

	private final TransactionMemo reads = READS;

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
		update("insert into dossier (id, award_year, award_type, movement_code, kind, title, submitting_org, current_hop,"
				+ " status, submitted_by, submitted_at, idempotency_key, idempotency_hash)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id(), d.year(), d.awardType(), d.movement(), d.kind(),
				d.title(), d.submittingOrg(), d.currentHop(), d.status().name(), d.submittedBy(), d.submittedAt(),
				idempotencyKey, idempotencyFingerprint);
	}

	/** The dossier an Idempotency-Key made, and the fingerprint of the request that made it. */
	public record Idempotent(String id, String fingerprint) {
	}

	public void insertRoute(String dossierId, List<RouteHop> route) {
		for (RouteHop hop : route) {
			update("insert into dossier_hop (dossier_id, seq, org_code, org_level, role) values (?, ?, ?, ?, ?)", dossierId,
					hop.seq(), hop.orgCode(), hop.level().name(), hop.role().name());
		}
	}

	/**
	 * The route from hop {@code seq} on is replaced (an org on it ceased): that hop continues at the tail's first org,
	 * the hops after it are the tail's. The hops before {@code seq} keep their history.
	 */
	public void replaceRouteFrom(String dossierId, int seq, List<RouteHop> tail) {
		update("delete from dossier_hop where dossier_id = ? and seq > ?", dossierId, seq);
		RouteHop first = tail.get(0);
		update("update dossier_hop set org_code = ?, org_level = ?, role = ? where dossier_id = ? and seq = ?",
				first.orgCode(), first.level().name(), first.role().name(), dossierId, seq);
		for (RouteHop hop : tail.subList(1, tail.size())) {
			update("insert into dossier_hop (dossier_id, seq, org_code, org_level, role) values (?, ?, ?, ?, ?)", dossierId,
					hop.seq(), hop.orgCode(), hop.level().name(), hop.role().name());
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
		update("update dossier_hop set council_required = ?, posting_required = ? where dossier_id = ? and seq = ?",
				councilRequired, postingRequired, dossierId, seq);
	}

	public Optional<Dossier> find(String id) {
		return reads.read("dossier " + id,
				() -> jdbc.sql(DOSSIER + " where id = ?").param(id).query(DossierRepository::dossier).optional());
	}

	public Dossier require(String id) {
		return find(id).orElseThrow(() -> new DossierNotFoundException(id));
	}

	/** Locks the dossier row for the rest of the transaction (serialises actions on one dossier across nodes). */
	public Dossier lock(String id) {
		Dossier locked = jdbc.sql(DOSSIER + " where id = ? for update").param(id).query(DossierRepository::dossier).optional()
			.orElseThrow(() -> new DossierNotFoundException(id));
		reads.forget();
		reads.remember("dossier " + id, Optional.of(locked));
		return locked;
	}

	/** Every write here: what this transaction read of dossiers is read again. */
	private void update(String sql, Object... params) {
		reads.forget();
		jdbc.sql(sql).params(params).update();
	}

	public Optional<Idempotent> findByIdempotencyKey(String submittingOrg, String key) {
		return jdbc.sql("select id, idempotency_hash from dossier where submitting_org = ? and idempotency_key = ?")
			.params(submittingOrg, key)
			.query((rs, row) -> new Idempotent(rs.getString("id"), rs.getString("idempotency_hash")))
			.optional();
	}

	/** The hop's public posting runs until {@code ends}. */
	public void setPostingEnds(String dossierId, int seq, LocalDateTime ends) {
		update("update dossier_hop set posting_ends = ? where dossier_id = ? and seq = ?", ends, dossierId, seq);
	}

	/** A draft submitted: by whom and when, as a dossier submitted at once records it. */
	public void markSubmitted(String id, String by, LocalDateTime at) {
		update("update dossier set status = ?, submitted_by = ?, submitted_at = ?, version = version + 1 where id = ?",
				DossierStatus.SUBMITTED.name(), by, at, id);
	}

	public void updateStatus(String id, DossierStatus status, LocalDateTime at) {
		update("update dossier set status = ?, closed_at = ?, version = version + 1 where id = ?", status.name(),
				status.isFinal() ? at : null, id);
	}

	/** Moves the dossier to {@code hop}; the hops up to it are marked reached (what the list's scope reads). */
	public void setCurrentHop(String id, int hop) {
		update("update dossier set current_hop = ?, version = version + 1 where id = ?", hop, id);
		update("update dossier_hop set reached = true where dossier_id = ? and seq <= ? and reached = false", id, hop);
	}

	public void setProcessInstance(String id, String processInstanceId) {
		update("update dossier set process_instance_id = ? where id = ?", processInstanceId, id);
	}

	public void setSupplementDue(String id, LocalDateTime due) {
		update("update dossier set supplement_due = ? where id = ?", due, id);
	}

	public List<RouteHop> route(String dossierId) {
		return reads.read("route " + dossierId, () -> List.copyOf(jdbc
			.sql("select seq, org_code, org_level, role from dossier_hop where dossier_id = ? order by seq")
			.param(dossierId)
			.query((rs, row) -> new RouteHop(rs.getInt("seq"), rs.getString("org_code"),
					OrgLevel.valueOf(rs.getString("org_level")), HopRole.valueOf(rs.getString("role"))))
			.list()));
	}

	public RouteHop hop(String dossierId, int seq) {
		return route(dossierId).stream()
			.filter(h -> h.seq() == seq)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Dossier %s has no hop %d".formatted(dossierId, seq)));
	}

	public HopState hopState(String dossierId, int seq) {
		Optional<HopState> state = reads.read("hop " + dossierId + " " + seq, () -> jdbc
			.sql("select council_required, posting_required, appraisal_outcome, sign_outcome, outcome"
					+ " from dossier_hop where dossier_id = ? and seq = ?")
			.params(dossierId, seq)
			.query((rs, row) -> new HopState((Boolean) rs.getObject("council_required"),
					(Boolean) rs.getObject("posting_required"), rs.getString("appraisal_outcome"),
					rs.getString("sign_outcome"), rs.getString("outcome")))
			.optional());
		return state.orElseThrow(() -> new IllegalStateException("Dossier %s has no hop %d".formatted(dossierId, seq)));
	}

	/** The hop opens: which steps apply there; no outcome yet. */
	public void openHop(String dossierId, int seq, boolean councilRequired, boolean postingRequired) {
		update("update dossier_hop set council_required = ?, posting_required = ?, appraisal_outcome = null,"
				+ " sign_outcome = null, outcome = null where dossier_id = ? and seq = ?", councilRequired, postingRequired,
				dossierId, seq);
	}

	public void setAppraisalOutcome(String dossierId, int seq, String outcome) {
		update("update dossier_hop set appraisal_outcome = ? where dossier_id = ? and seq = ?", outcome, dossierId, seq);
	}

	public void setSignOutcome(String dossierId, int seq, String outcome) {
		update("update dossier_hop set sign_outcome = ? where dossier_id = ? and seq = ?", outcome, dossierId, seq);
	}

	/** How the review at the hop ended (FORWARDED, DECIDED, REJECTED, EXPIRED). */
	public void setHopOutcome(String dossierId, int seq, String outcome) {
		update("update dossier_hop set outcome = ? where dossier_id = ? and seq = ?", outcome, dossierId, seq);
	}

	/** Columns of composed texts: a reason names the step and quotes the reviewer; the timeline keeps more. */
	static final int REASON_LENGTH = 1000;

	static final int COMMENT_LENGTH = 4000;

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

}
