package vn.tdkt.awards.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by this JVM (every thread: the driving threads, garbage collection, the compiler) and by the
 * PostgreSQL server's processes (Linux {@code /proc}, the postmaster and its backends), in milliseconds. The
 * difference over a route's rounds says where its time went; what neither used is waiting (round trips, locks).
 */
final class CpuClock {

	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final double TICKS_PER_SECOND = 100;

	private CpuClock() {
	}

	static double jvmMillis() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e6 : 0;
	}

	/**
	 * CPU of this JVM's threads the JVM runs for itself, in ms: {@code [compiler, garbage collector]} (their Linux
	 * thread names: "C1 CompilerThre…", "C2 CompilerThre…"; "GC Thread#…", "G1 …"), read from {@code /proc/self/task}.
	 */
	static double[] jvmOwnMillis() {
		long compiler = 0;
		long gc = 0;
		try (var threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path thread : threads) {
				String name = command(thread.resolve("stat"));
				if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
					compiler += ticks(thread.resolve("stat"), false);
				}
				else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
					gc += ticks(thread.resolve("stat"), false);
				}
			}
		}
		catch (IOException | SecurityException ex) {
			return new double[2];
		}
		return new double[] { compiler * 1000 / TICKS_PER_SECOND, gc * 1000 / TICKS_PER_SECOND };
	}

	/**
	 * The server's CPU: the postmaster's own and that of the backends it has reaped (cutime, cstime), and its live
	 * children's; 0 without {@code /proc} or a server (H2 runs inside the JVM).
	 */
	static double postgresMillis(long postmaster) {
		if (postmaster <= 0) {
			return 0;
		}
		long ticks = ticks(Path.of("/proc", Long.toString(postmaster), "stat"), true);
		try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				Path stat = process.resolve("stat");
				if (parent(stat) == postmaster) {
					ticks += ticks(stat, false);
				}
			}
		}
		catch (IOException | SecurityException ex) {
			return 0;
		}
		return ticks * 1000 / TICKS_PER_SECOND;
	}

	/** The parent process of a {@code stat} file: after the command, state(3) ppid(4). */
	static long parent(Path stat) {
		String[] fields = fields(stat);
		try {
			return fields.length > 1 ? Long.parseLong(fields[1]) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The command (process) or thread name of a {@code stat} file; empty when it cannot be read. */
	private static String command(Path stat) {
		try {
			String line = Files.readString(stat);
			int open = line.indexOf('(');
			int close = line.lastIndexOf(')');
			return open < 0 || close < open ? "" : line.substring(open + 1, close);
		}
		catch (IOException | RuntimeException ex) {
			return ""; // the process or thread ended meanwhile
		}
	}

	/**
	 * User and system clock ticks of a {@code stat} file (utime 14, stime 15), with its reaped children's (cutime 16,
	 * cstime 17) when asked.
	 */
	private static long ticks(Path stat, boolean children) {
		String[] fields = fields(stat);
		if (fields.length < 15) {
			return 0;
		}
		long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return children ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
	}

	/** The fields after the command, from the state (field 3) on; none when the file cannot be read. */
	private static String[] fields(Path stat) {
		try {
			String line = Files.readString(stat);
			return line.substring(line.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return new String[0]; // the process or thread ended meanwhile
		}
	}

}
