package vn.tdkt.awards.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.award.CouncilRule;

/** Council votes and public objections, as recorded. */
@Repository
public class ReviewRecords {

	private final JdbcClient jdbc;

	public ReviewRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record VoteLine(long nomineeId, int votesFor, boolean passed) {
	}

	public record CouncilVote(long id, int hopSeq, String orgCode, int membersTotal, int membersPresent,
			boolean secretBallot, String rule, List<VoteLine> lines) {
	}

	public record Objection(long id, String dossierId, long nomineeId, String content, String taskId, Boolean upheld) {
	}

	public long insertVote(String dossierId, int hop, String orgCode, int total, int present, CouncilRule rule,
			String recordedBy, java.time.LocalDateTime at, String comment, List<VoteLine> lines) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into council_vote (dossier_id, hop_seq, org_code, members_total, members_present, secret_ballot,"
				+ " threshold_percent, threshold_inclusive, threshold_base, recorded_by, at, comment)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, hop, orgCode, total, present, rule.secretBallot(), rule.thresholdPercent(),
					rule.thresholdInclusive(), rule.thresholdBase(), recordedBy, at, comment)
			.update(keys, "id");
		long voteId = keys.getKey().longValue();
		for (VoteLine line : lines) {
			jdbc.sql("insert into council_vote_line (vote_id, nominee_id, votes_for, passed) values (?, ?, ?, ?)")
				.params(voteId, line.nomineeId(), line.votesFor(), line.passed())
				.update();
		}
		return voteId;
	}

	public List<CouncilVote> votes(String dossierId) {
		List<CouncilVote> votes = new ArrayList<>();
		jdbc.sql("select id, hop_seq, org_code, members_total, members_present, secret_ballot, threshold_percent,"
				+ " threshold_inclusive, threshold_base from council_vote where dossier_id = ? order by id")
			.param(dossierId)
			.query((rs, row) -> {
				CouncilRule rule = new CouncilRule(null, null, rs.getBoolean("secret_ballot"),
						rs.getBigDecimal("threshold_percent"), rs.getBoolean("threshold_inclusive"),
						rs.getString("threshold_base"), null, null, null, null, null, null, null);
				return new CouncilVote(rs.getLong("id"), rs.getInt("hop_seq"), rs.getString("org_code"),
						rs.getInt("members_total"), rs.getInt("members_present"), rs.getBoolean("secret_ballot"),
						rule.describeVi(), new ArrayList<>());
			})
			.list()
			.forEach(votes::add);
		for (CouncilVote vote : votes) {
			vote.lines()
				.addAll(jdbc.sql("select nominee_id, votes_for, passed from council_vote_line where vote_id = ? order by nominee_id")
					.param(vote.id())
					.query((rs, row) -> new VoteLine(rs.getLong("nominee_id"), rs.getInt("votes_for"), rs.getBoolean("passed")))
					.list());
		}
		return votes;
	}

	public long insertObjection(String dossierId, long nomineeId, String content, java.time.LocalDateTime at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into objection (dossier_id, nominee_id, received_at, content) values (?, ?, ?, ?)")
			.params(dossierId, nomineeId, at, content)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Links the oldest objection no verification has taken up yet to this verification task. */
	/** An objection as the posting page lists it. */
	public record ReceivedObjection(long nomineeId, java.time.LocalDateTime receivedAt, String content, Boolean upheld) {
	}

	/** The objections a dossier received, oldest first. */
	public java.util.List<ReceivedObjection> objections(String dossierId) {
		return jdbc.sql("select nominee_id, received_at, content, upheld from objection where dossier_id = ? order by id")
			.param(dossierId)
			.query((rs, row) -> new ReceivedObjection(rs.getLong("nominee_id"),
					rs.getTimestamp("received_at").toLocalDateTime(), rs.getString("content"),
					(Boolean) rs.getObject("upheld")))
			.list();
	}

	public void takeUpOldestObjection(String dossierId, String taskId) {
		jdbc.sql("update objection set task_id = :task where id = (select min(id) from objection"
				+ " where dossier_id = :dossier and task_id is null)")
			.params(Map.of("task", taskId, "dossier", dossierId))
			.update();
	}

	public Objection objectionOfTask(String taskId) {
		return jdbc.sql("select id, dossier_id, nominee_id, content, task_id, upheld from objection where task_id = ?")
			.param(taskId)
			.query((rs, row) -> new Objection(rs.getLong("id"), rs.getString("dossier_id"), rs.getLong("nominee_id"),
					rs.getString("content"), rs.getString("task_id"), (Boolean) rs.getObject("upheld")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("No objection is linked to task " + taskId));
	}

	public void recordObjectionVerdict(long objectionId, boolean upheld, String by, java.time.LocalDateTime at,
			String comment) {
		jdbc.sql("update objection set upheld = ?, verified_by = ?, verified_at = ?, verdict_comment = ? where id = ?")
			.params(upheld, by, at, comment, objectionId)
			.update();
	}

}
