package vn.tdkt.awards.review;

import java.util.List;
import java.util.Map;

/**
 * A completion that kept to the reviewer contract: the dossier and hop it concerns (from the business key and our
 * tables, never from the task's variables), who completed it, and its values, each of its declared type.
 */
record Completion(ReviewTask task, String dossierId, int hop, TaskRef ref, Map<String, Object> values) {

	String text(String name) {
		return (String) values.get(name);
	}

	Integer count(String name) {
		return (Integer) values.get(name);
	}

	Boolean flag(String name) {
		return (Boolean) values.get(name);
	}

	@SuppressWarnings("unchecked")
	List<Long> nomineeIds(String name) {
		return (List<Long>) values.get(name);
	}

	@SuppressWarnings("unchecked")
	Map<Long, Integer> votes(String name) {
		return (Map<Long, Integer>) values.get(name);
	}

}
