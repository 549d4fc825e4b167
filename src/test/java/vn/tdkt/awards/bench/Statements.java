package vn.tdkt.awards.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL server's time per statement ({@code pg_stat_statements}, --statements=N): what the application's
 * rounds added, by statement, to say which of them the server's CPU goes to; snapshots around each round, the
 * application's and the bare engine's apart.
 */
final class Statements {

	/** The server setting that loads the extension (given to the embedded server at start). */
	static final String PRELOAD = "pg_stat_statements";

	private final JdbcTemplate jdbc;

	/** Normalized statement → {calls, execution ms} added by the application's measured rounds. */
	private final Map<String, double[]> added = new HashMap<>();

	/** The same for the bare engine's rounds. */
	private final Map<String, double[]> bare = new HashMap<>();

	Statements(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		jdbc.execute("create extension if not exists pg_stat_statements");
	}

	Map<String, double[]> snapshot() {
		Map<String, double[]> now = new HashMap<>();
		jdbc.query("select query, sum(calls) as calls, sum(total_exec_time) as ms from pg_stat_statements"
				+ " where query not like '%pg_stat_statements%' group by query", row -> {
					now.put(row.getString("query"), new double[] { row.getDouble("calls"), row.getDouble("ms") });
				});
		return now;
	}

	/** Adds what the server did since {@code before} to the application's rounds or, {@code bareRound}, the bare's. */
	void addSince(Map<String, double[]> before, boolean bareRound) {
		Map<String, double[]> into = bareRound ? bare : added;
		snapshot().forEach((query, now) -> {
			double[] then = before.getOrDefault(query, new double[2]);
			double[] sum = into.computeIfAbsent(query, q -> new double[2]);
			sum[0] += now[0] - then[0];
			sum[1] += now[1] - then[1];
		});
	}

	/** Totals of both routes, then the application's {@code n} statements that took longest and that ran most. */
	List<String> top(int n, int dossiers) {
		List<String> lines = new ArrayList<>();
		lines.add(("Server execution time per dossier (pg_stat_statements): application %.1f ms in %.0f statements, bare"
				+ " engine %.1f ms in %.0f statements").formatted(sum(added, 1) / dossiers, sum(added, 0) / dossiers,
						sum(bare, 1) / dossiers, sum(bare, 0) / dossiers));
		lines.add("The application's statements that took the server longest, per dossier (ms, calls):");
		lines.addAll(ranked(added, 1, n, dossiers));
		lines.add("The application's statements run most often, per dossier (ms, calls):");
		lines.addAll(ranked(added, 0, n, dossiers));
		lines.add("The statements the application runs more often than the bare engine, per dossier (calls added, ms"
				+ " added):");
		lines.addAll(moreThanBare(n, dossiers));
		return lines;
	}

	private static double sum(Map<String, double[]> statements, int field) {
		return statements.values().stream().mapToDouble(v -> v[field]).sum();
	}

	private static List<String> ranked(Map<String, double[]> statements, int field, int n, int dossiers) {
		return statements.entrySet()
			.stream()
			.sorted((a, b) -> Double.compare(b.getValue()[field], a.getValue()[field]))
			.limit(n)
			.map(e -> "  %.2f ms, %.1f calls: `%s`".formatted(e.getValue()[1] / dossiers, e.getValue()[0] / dossiers,
					shorten(e.getKey())))
			.toList();
	}

	/** The {@code n} statements that took the server longest since {@code before}, per one of {@code per} requests. */
	List<String> heaviestSince(Map<String, double[]> before, int n, int per) {
		Map<String, double[]> since = new HashMap<>();
		snapshot().forEach((query, now) -> {
			double[] then = before.getOrDefault(query, new double[2]);
			if (now[0] > then[0]) {
				since.put(query, new double[] { now[0] - then[0], now[1] - then[1] });
			}
		});
		List<String> lines = new ArrayList<>();
		lines.add("Server execution time per request: %.2f ms in %.1f statements".formatted(sum(since, 1) / per,
				sum(since, 0) / per));
		lines.addAll(ranked(since, 1, n, per));
		return lines;
	}

	/** Calls of each statement beyond the bare engine's (the same statement text), most added first. */
	private List<String> moreThanBare(int n, int dossiers) {
		return added.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), minus(e.getValue(), bare.getOrDefault(e.getKey(), new double[2]))))
			.filter(e -> e.getValue()[0] > 0)
			.sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
			.limit(n)
			.map(e -> "  +%.1f calls, +%.2f ms: `%s`".formatted(e.getValue()[0] / dossiers, e.getValue()[1] / dossiers,
					shorten(e.getKey())))
			.toList();
	}

	private static double[] minus(double[] a, double[] b) {
		return new double[] { a[0] - b[0], a[1] - b[1] };
	}

	private static String shorten(String sql) {
		String line = sql.replaceAll("\\s+", " ").trim();
		return line.length() <= 160 ? line : line.substring(0, 157) + "...";
	}

}
