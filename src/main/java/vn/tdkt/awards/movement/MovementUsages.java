package vn.tdkt.awards.movement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** What hangs on each movement: its dossiers and its awards (from the workflow, imported or demo). */
@Component
public class MovementUsages {

	private final MovementRepository movements;

	private final List<MovementCounts> counts;

	MovementUsages(MovementRepository movements, List<MovementCounts> counts) {
		this.movements = movements;
		this.counts = counts;
	}

	public record Usage(String code, long dossiers, long awards) {
	}

	Map<String, Usage> usage() {
		Map<String, Long> dossiers = count("dossiers");
		Map<String, Long> awards = count("awards");
		Map<String, Usage> usage = new HashMap<>();
		movements.findAll().forEach(m -> usage.put(m.code(), new Usage(m.code(), dossiers.getOrDefault(m.code(), 0L),
				awards.getOrDefault(m.code(), 0L))));
		return usage;
	}

	private Map<String, Long> count(String what) {
		return counts.stream().filter(c -> c.what().equals(what)).findFirst().map(MovementCounts::byMovement)
			.orElse(Map.of());
	}

}
