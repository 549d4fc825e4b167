package vn.tdkt.awards.system;

import java.util.function.Supplier;

/** For the benchmark: a call made with the engine's own task query statement, to measure what the rewrite changes. */
public final class TaskQueryBypass {

	private TaskQueryBypass() {
	}

	/** A task query's SQL (parameters inlined) as the plugin rewrites it, for EXPLAIN. */
	public static String rewritten(String sql) {
		return TaskQueryPlugin.rewrite(sql, java.util.List.of()).sql();
	}

	public static <T> T withoutRewrite(Supplier<T> call) {
		TaskQueryPlugin.BYPASS.set(true);
		try {
			return call.get();
		}
		finally {
			TaskQueryPlugin.BYPASS.set(false);
		}
	}

}
