package vn.tdkt.awards.identity;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What administrators read of the logins ({@code /admin/logins}): the subjects held or failing, the latest events. */
@Component
public class LoginRecords {

	public record Subject(String subject, int failures, LocalDateTime lastFailure, LocalDateTime heldUntil,
			boolean heldByAdmin) {
	}

	public record Event(LocalDateTime at, String userId, String address, String way, String outcome, String detail) {
	}

	private final JdbcClient jdbc;

	LoginRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Subjects with failures or holds, the held first. */
	public List<Subject> subjects() {
		return jdbc.sql("select subject, failures, last_failure, held_until, held_by_admin from login_throttle"
				+ " order by held_until desc nulls last, last_failure desc")
			.query((rs, row) -> new Subject(rs.getString("subject"), rs.getInt("failures"), local(rs, "last_failure"),
					local(rs, "held_until"), rs.getBoolean("held_by_admin")))
			.list();
	}

	public List<Event> events(int limit) {
		return jdbc.sql("select at, user_id, address, way, outcome, detail from login_event order by id desc")
			.query((rs, row) -> new Event(rs.getTimestamp("at").toLocalDateTime(), rs.getString("user_id"),
					rs.getString("address"), rs.getString("way"), rs.getString("outcome"), rs.getString("detail")))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	private static LocalDateTime local(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		var value = rs.getTimestamp(column);
		return value == null ? null : value.toLocalDateTime();
	}

}
