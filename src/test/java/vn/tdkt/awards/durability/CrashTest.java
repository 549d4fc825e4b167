package vn.tdkt.awards.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.tdkt.awards.durability.Workload.Ack;
import vn.tdkt.awards.support.AppProcess;

/**
 * Nothing acknowledged is ever lost: the application in a JVM of its own, three clients submitting and reviewing
 * dossiers, killed with SIGKILL right after a chosen number of acknowledged writes, five times, and started again on
 * the same data, on the default H2 file and on PostgreSQL. After each restart every acknowledged write is there,
 * every dossier under way has its process and the other way round, and no decision number is used twice; at the
 * end every mail arrived once (a second copy, under the same Message-ID, only of a send a kill interrupted).
 * Run alone: {@code ./mvnw test -Dtest=CrashTest}.
 */
@Tag("durability")
class CrashTest {

	static final int ROUNDS = 5;

	/** Data and logs of the nodes, kept for a look after a failure (target/, cleaned by the next run). */
	Path dir;

	@BeforeEach
	void dir(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
		dir = Path.of("target", "durability", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
		org.springframework.util.FileSystemUtils.deleteRecursively(dir);
		java.nio.file.Files.createDirectories(dir);
	}

	GreenMail smtp;

	@BeforeEach
	void smtp() {
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	@Test
	void onTheDefaultH2File_killedFiveTimes_losesNothingAcknowledged() throws Exception {
		// DB_URL unset: the application's own default, ./data/awards under the node's working directory
		crashFiveTimes(AppProcess.defaults(smtp.getSmtp().getPort()));
	}

	@Test
	void onPostgreSQL_killedFiveTimes_losesNothingAcknowledged() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("random_page_cost", "1.1").start()) {
			Map<String, String> properties = AppProcess.defaults(smtp.getSmtp().getPort());
			properties.put("spring.profiles.active", "postgres");
			properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "postgres");
			crashFiveTimes(properties);
		}
	}

	private void crashFiveTimes(Map<String, String> properties) throws Exception {
		Queue<Ack> acks = Workload.acks();
		AppProcess node = AppProcess.start("node-0", dir, properties);
		try {
			for (int round = 1; round <= ROUNDS; round++) {
				int target = acks.size() + 5 + 2 * round;
				try (Workload clients = Workload.start(acks, 3, node.port())) {
					long deadline = System.nanoTime() + 180_000_000_000L;
					while (acks.size() < target && System.nanoTime() < deadline) {
						Thread.sleep(20);
					}
					assertThat(acks.size()).as("acknowledged writes in round %d", round).isGreaterThanOrEqualTo(target);
					node.kill();
				}
				node = AppProcess.start("node-" + round, dir, properties);
				Checks.consistent(node.http(), acks);
			}
			try (Workload clients = Workload.start(acks, 1, node.port())) {
				Thread.sleep(1500);
			}
			Checks.settled(node.http());
			Checks.consistent(node.http(), acks);
			Checks.mailsOnce(node.http(), smtp, ROUNDS);
		}
		finally {
			node.close();
		}
	}

}
