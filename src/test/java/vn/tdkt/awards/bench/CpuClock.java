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
				Stat stat = Stat.read(thread.resolve("stat"));
				if (stat.name().startsWith("C1 Compiler") || stat.name().startsWith("C2 Compiler")) {
					compiler += stat.ticks();
				}
				else if (stat.name().startsWith("GC Thread") || stat.name().startsWith("G1 ")) {
					gc += stat.ticks();
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
		Stat main = Stat.read(Path.of("/proc", Long.toString(postmaster), "stat"));
		long ticks = main.ticks() + main.reapedTicks();
		try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				Stat stat = Stat.read(process.resolve("stat"));
				if (stat.parent() == postmaster) {
					ticks += stat.ticks();
				}
			}
		}
		catch (IOException | SecurityException ex) {
			return 0;
		}
		return ticks * 1000 / TICKS_PER_SECOND;
	}

	/** The parent process of a {@code stat} file. */
	static long parent(Path stat) {
		return Stat.read(stat).parent();
	}

	/**
	 * A process's or thread's {@code stat} line, read once: its command or thread name, parent (field 4), user and
	 * system ticks (utime 14, stime 15) and its reaped children's (cutime 16, cstime 17); empty when it cannot be read
	 * (the process or thread ended meanwhile).
	 */
	record Stat(String name, long parent, long ticks, long reapedTicks) {

		static final Stat NONE = new Stat("", -1, 0, 0);

		static Stat read(Path file) {
			try {
				String line = Files.readString(file);
				int open = line.indexOf('(');
				int close = line.lastIndexOf(')');
				String[] fields = line.substring(close + 2).split(" ");
				return new Stat(line.substring(open + 1, close), Long.parseLong(fields[1]),
						Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
						Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
			}
			catch (IOException | RuntimeException ex) {
				return NONE;
			}
		}

	}

}
