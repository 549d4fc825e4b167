package vn.tdkt.awards.review;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review tasks as presented (review_task): the digests of their read-only form data, who completed them. */
@Repository
class ReviewTaskRecords {

	private final JdbcClient jdbc;

	ReviewTaskRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void presented(String taskId, String dossierId, int hop, String taskKey, LocalDateTime at,
			Map<String, String> digests) {
		int updated = jdbc.sql("update review_task set presented = ? where task_id = ?")
			.params(format(digests), taskId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into review_task (task_id, dossier_id, hop_seq, task_key, created_at, presented)"
					+ " values (?, ?, ?, ?, ?, ?)")
				.params(taskId, dossierId, hop, taskKey, at, format(digests))
				.update();
		}
	}

	void reseal(String taskId, Map<String, String> digests) {
		jdbc.sql("update review_task set presented = ? where task_id = ?").params(format(digests), taskId).update();
	}

	/** The digests sealed for the task, if it was presented by this version. */
	Optional<Map<String, String>> digests(String taskId) {
		return jdbc.sql("select presented from review_task where task_id = ?")
			.param(taskId)
			.query(String.class)
			.optional()
			.map(ReviewTaskRecords::parse);
	}

	void completed(String taskId, String by, LocalDateTime at) {
		jdbc.sql("update review_task set completed_by = ?, completed_at = ? where task_id = ?")
			.params(by, at, taskId)
			.update();
	}

	private static String format(Map<String, String> digests) {
		StringBuilder text = new StringBuilder();
		digests.forEach((name, digest) -> text.append(text.isEmpty() ? "" : ";").append(name).append('=').append(digest));
		return text.toString();
	}

	private static Map<String, String> parse(String text) {
		Map<String, String> digests = new LinkedHashMap<>();
		if (text != null && !text.isEmpty()) {
			for (String part : text.split(";")) {
				int eq = part.indexOf('=');
				digests.put(part.substring(0, eq), part.substring(eq + 1));
			}
		}
		return digests;
	}

}
