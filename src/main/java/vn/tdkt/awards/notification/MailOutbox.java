package vn.tdkt.awards.notification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Rows are written in the caller's transaction, one conflict-safe statement each (a second mail
 * with the same key is dropped, never an error that would roll the caller back); claiming, marking and listing are
 * short transactions of the dispatcher's own. Leases are measured by the database's clock, row by row.
 */
@Repository
public class MailOutbox {

	/** Now, by the database's clock, in epoch seconds (the same for every node). */
	static final String DB_NOW = "extract(epoch from current_timestamp)";

	public static final String PENDING = "PENDING";

	public static final String SENT = "SENT";

	public static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	private final boolean postgres;

	public MailOutbox(JdbcClient jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		try (var connection = dataSource.getConnection()) {
			this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final String INSERT = "insert into mail_outbox (dedup_key, kind, dossier_id, recipient, recipient_user,"
			+ " locale, subject, text_body, html_body, status, attempts, next_attempt_at, created_at)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

	/**
	 * Writes the mail unless one with the same key exists (in any transaction, on any node); true when written. On
	 * PostgreSQL one statement that skips a conflict (a failed insert would abort the caller's transaction); on H2 the
	 * insert whose duplicate key is caught (H2 carries on after a failed statement).
	 */
	public boolean enqueue(OutboxMail mail, LocalDateTime now) {
		Object[] values = { mail.dedupKey(), mail.kind().name(), mail.dossierId(), mail.recipient(),
				mail.recipientUser(), mail.locale(), mail.subject(), mail.textBody(), mail.htmlBody(), PENDING, now, now };
		if (postgres) {
			return jdbc.sql(INSERT + " on conflict (dedup_key) do nothing").params(values).update() == 1;
		}
		try {
			return jdbc.sql(INSERT).params(values).update() == 1;
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return false;
		}
	}

	public record Row(long id, String dedupKey, String kind, String dossierId, String recipient, String subject,
			String textBody, String htmlBody, String status, int attempts, LocalDateTime nextAttemptAt,
			String claimedBy, LocalDateTime claimedUntil, String lastError, LocalDateTime createdAt,
			LocalDateTime sentAt) {
	}

	private static final String SELECT = "select id, dedup_key, kind, dossier_id, recipient, subject, text_body, html_body,"
			+ " status, attempts, next_attempt_at, claimed_by, claimed_until, last_error, created_at, sent_at from mail_outbox";

	/** Ids of pending mails that are due and not leased to a node. */
	public List<Long> dueIds(LocalDateTime now, int limit) {
		return jdbc.sql("select id from mail_outbox where status = :pending and next_attempt_at <= :now"
				+ " and (lease_until is null or lease_until < " + DB_NOW + ") order by next_attempt_at, id limit :limit")
			.params(Map.of("pending", PENDING, "now", now, "limit", limit))
			.query(Long.class)
			.list();
	}

	/**
	 * Leases the mail to this node and counts the attempt, if nobody holds it by the database's clock: the
	 * conditional update lets only one of two nodes win (the loser's update matches no row once the winner
	 * committed). {@code claimed_until} repeats the lease's end by this node's clock, for people to read.
	 */
	public boolean claim(long id, String node, LocalDateTime now, Duration lease) {
		return jdbc.sql("update mail_outbox set claimed_by = :node, claimed_until = :until, attempts = attempts + 1,"
				+ " lease_until = " + DB_NOW + " + " + lease.toSeconds()
				+ " where id = :id and status = :pending and (lease_until is null or lease_until < " + DB_NOW + ")")
			.params(Map.of("node", node, "until", now.plus(lease), "id", id, "pending", PENDING))
			.update() == 1;
	}

	public Row find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Row.class).single();
	}

	public void markSent(long id, String node, LocalDateTime at) {
		jdbc.sql("update mail_outbox set status = ?, sent_at = ?, claimed_by = null, claimed_until = null, lease_until = null,"
				+ " last_error = null where id = ? and claimed_by = ?")
			.params(SENT, at, id, node)
			.update();
	}

	/** After a failed attempt: again later, or FAILED for good after the last attempt. */
	public void markFailed(long id, String node, String error, LocalDateTime retryAt, boolean giveUp) {
		jdbc.sql("update mail_outbox set status = ?, next_attempt_at = ?, last_error = ?, claimed_by = null,"
				+ " claimed_until = null, lease_until = null where id = ? and claimed_by = ?")
			.params(giveUp ? FAILED : PENDING, retryAt, error.length() > 2000 ? error.substring(0, 2000) : error, id, node)
			.update();
	}

	/** Puts failed mails back in the queue. */
	public int retryFailed(LocalDateTime now) {
		return jdbc.sql("update mail_outbox set status = ?, attempts = 0, next_attempt_at = ? where status = ?")
			.params(PENDING, now, FAILED)
			.update();
	}

	/** Sent mails older than {@code before} are removed (the outbox is not an archive). */
	public int purgeSent(LocalDateTime before) {
		return jdbc.sql("delete from mail_outbox where status = ? and sent_at < ?").params(SENT, before).update();
	}

	public Map<String, Long> countByStatus() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("select status, count(*) as n from mail_outbox group by status")
			.query((rs, row) -> counts.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** When the oldest mail still waiting to go was queued; empty when none waits. */
	public java.util.Optional<LocalDateTime> oldestPending() {
		return jdbc.sql("select min(created_at) from mail_outbox where status = ?").param(PENDING)
			.query(LocalDateTime.class).optional();
	}

	public List<Row> latest(String status, int limit) {
		return jdbc.sql(SELECT + " where status = ? order by id desc limit ?").params(status, limit).query(Row.class).list();
	}

	public List<Row> ofDossier(String dossierId) {
		return jdbc.sql(SELECT + " where dossier_id = ? order by id").param(dossierId).query(Row.class).list();
	}

}
