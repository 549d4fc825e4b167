package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A dossier's timeline (dossier_event): its one writer, its reads (oldest first), and what it says is under way (a
 * public posting posted and not yet tallied).
 */
@Repository
class Timeline {

	private final JdbcClient jdbc;

	Timeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addEvent(String dossierId, LocalDateTime at, int hop, String orgCode, String actor,
			DossierEventType action, String taskKey, String taskId, String comment) {
		jdbc.sql("insert into dossier_event (dossier_id, at, hop_seq, org_code, actor, action, task_key, task_id, comment)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, at, hop, orgCode, actor, action.name(), taskKey, taskId, DossierRepository.bound(comment, DossierRepository.COMMENT_LENGTH))
			.update();
	}

	List<DossierEvent> events(String dossierId) {
		return jdbc.sql("select id, dossier_id, at, hop_seq, org_code, actor, action, task_key, task_id, comment"
				+ " from dossier_event where dossier_id = ? order by id")
			.param(dossierId)
			.query((rs, row) -> new DossierEvent(rs.getLong("id"), rs.getString("dossier_id"),
					rs.getTimestamp("at").toLocalDateTime(), rs.getInt("hop_seq"), rs.getString("org_code"),
					rs.getString("actor"), DossierEventType.valueOf(rs.getString("action")), rs.getString("task_key"),
					rs.getString("task_id"), rs.getString("comment")))
			.list();
	}

	Optional<DossierEvent> lastEvent(String dossierId, DossierEventType action) {
		List<DossierEvent> matching = events(dossierId).stream().filter(e -> e.action() == action).toList();
		return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
	}

	/** The dossier's posting under way, if its current hop posts and has not tallied the posting yet. */
	Optional<OpenPosting> openPosting(String dossierId) {
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
	List<OpenPosting> openPostings(java.util.Collection<String> orgCodes) {
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

}
