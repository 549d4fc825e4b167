package vn.tdkt.awards.reference;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change log of reference data ({@code reference_change}): who changed what, when, what it was, what it became and
 * why. Every change made while the application runs writes a row in the transaction of the change.
 */
@Repository
public class ReferenceAudit {

	/** One change. {@code action}: CREATE, UPDATE, CLOSE, MOVE, APPLY. */
	public record Change(long id, LocalDateTime at, String actor, String entity, String entityKey, String action,
			String oldValue, String newValue, String reason) {
	}

	private final JdbcClient jdbc;

	public ReferenceAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(LocalDateTime at, String actor, String entity, String key, String action, String oldValue,
			String newValue, String reason) {
		jdbc.sql("insert into reference_change (at, actor, entity, entity_key, action, old_value, new_value, reason)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(at, actor, entity, key, action, clip(oldValue), clip(newValue), reason == null ? null : clip(reason, 1000))
			.update();
	}

	/** The newest changes first, of one entity (ORG, REORGANIZATION, PUBLIC_HOLIDAY...) or of all. */
	public List<Change> list(String entity, int limit) {
		String where = entity == null ? "" : " where entity = ?";
		var spec = jdbc.sql("select id, at, actor, entity, entity_key, action, old_value, new_value, reason"
				+ " from reference_change" + where + " order by id desc fetch first " + Math.max(1, limit) + " rows only");
		if (entity != null) {
			spec = spec.param(entity);
		}
		return spec.query(Change.class).list();
	}

	private static String clip(String value) {
		return clip(value, 4000);
	}

	private static String clip(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
