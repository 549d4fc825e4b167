package vn.tdkt.awards.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application in a JVM of its own, as it runs in production: its own port, database and SMTP server, the job
 * executor and the mail dispatcher on. It can be killed like a crashed server ({@code kill -9}) and started again on
 * the same data. Output goes to a log file beside the data.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Properties of every node: the job executor and dispatcher on, short leases and job locks (tests don't wait). */
	public static Map<String, String> defaults(int smtpPort) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("camunda.bpm.job-execution.enabled", "true");
		properties.put("camunda.bpm.job-execution.lock-time-in-millis", "5000");
		properties.put("awards.mail.dispatch-enabled", "true");
		properties.put("awards.mail.poll-interval", "PT0.5S");
		properties.put("awards.mail.lease", "PT5S");
		properties.put("awards.demo.enabled", "true");
		properties.put("awards.security.login.address-free-failures", "1000");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", Integer.toString(smtpPort));
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.vn.tdkt.awards", "INFO");
		return properties;
	}

	/** Starts a node and waits until it answers its health check. */
	public static AppProcess start(String name, Path dir, Map<String, String> properties) throws IOException {
		int port = freePort();
		Files.createDirectories(dir);
		Path log = dir.resolve(name + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:+UseSerialGC");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("vn.tdkt.awards.AwardWorkflowApplication");
		command.add("--server.port=" + port);
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("ADMIN_PASSWORD", Http.ADMIN_PASSWORD);
		AppProcess app = new AppProcess(builder.start(), port, log);
		app.awaitHealthy(Duration.ofSeconds(180));
		return app;
	}

	public int port() {
		return port;
	}

	public Http http() {
		return new Http(port);
	}

	/** Like a crashed server: SIGKILL, nothing runs on the way out. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	public boolean alive() {
		return process.isAlive();
	}

	public String log() throws IOException {
		return Files.readString(log);
	}

	private void awaitHealthy(Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("node stopped while starting: " + tail());
			}
			try {
				HttpResponse<String> health = new Http(port).get("/actuator/health", null, null);
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("node not healthy after " + timeout + ": " + tail());
	}

	private String tail() throws IOException {
		String text = Files.readString(log);
		return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
