package vn.tdkt.awards.bench;

import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.util.FileSystemUtils;

import vn.tdkt.awards.durability.Workload.Ack;
import vn.tdkt.awards.durability.Workload;
import vn.tdkt.awards.support.AppProcess;

/**
 * {@code --nodes=N}: the application as it runs in production, N nodes (JVMs of their own, job executor and mail
 * dispatcher on) on one fresh PostgreSQL database, offices working through HTTP against all of them in turn: a
 * Giấy khen dossier submitted, appraised, voted and signed, over and over, for a fixed time. Measured for one node and
 * for N in the same run; the figure is signed dossiers and user tasks per second.
 */
final class ClusterRun {

	record Result(int nodes, double dossiersPerSecond, double tasksPerSecond, int acks) {
	}

	private ClusterRun() {
	}

	static Result measure(int nodes, int clients, int seconds) throws Exception {
		Path dir = Path.of("target", "benchmark", "cluster-" + nodes).toAbsolutePath();
		FileSystemUtils.deleteRecursively(dir);
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		List<AppProcess> started = new ArrayList<>();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("random_page_cost", "1.1").start()) {
			Map<String, String> properties = AppProcess.defaults(smtp.getSmtp().getPort());
			properties.put("spring.profiles.active", "postgres");
			properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "postgres");
			properties.put("camunda.bpm.job-execution.lock-time-in-millis", "60000");
			for (int i = 0; i < nodes; i++) {
				started.add(AppProcess.start("node-" + i, dir, properties));
			}
			Integer[] ports = started.stream().map(AppProcess::port).toArray(Integer[]::new);
			// warm-up, not measured
			try (Workload warm = Workload.start(Workload.acks(), clients, ports)) {
				Thread.sleep(15_000);
			}
			Queue<Ack> acks = Workload.acks();
			long t = System.nanoTime();
			try (Workload offices = Workload.start(acks, clients, ports)) {
				Thread.sleep(seconds * 1000L);
			}
			double elapsed = (System.nanoTime() - t) / 1e9;
			long signed = acks.stream().filter(a -> a.step().equals(TASK_SIGN)).count();
			long tasks = acks.stream().filter(a -> !a.step().equals("submit")).count();
			return new Result(nodes, signed / elapsed, tasks / elapsed, acks.size());
		}
		finally {
			for (AppProcess node : started) {
				node.close();
			}
			smtp.stop();
		}
	}

}
