package vn.tdkt.awards.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import vn.tdkt.awards.durability.Workload.Ack;
import vn.tdkt.awards.support.AppProcess;
import vn.tdkt.awards.support.Http;

/**
 * Two nodes on one PostgreSQL database, both with the job executor and the mail dispatcher on, started together on
 * an empty database: both come up, nothing of the start-up data is made twice, a login on one node is a login on the
 * other, a holiday added through one node counts on the other, and dossiers submitted and reviewed alternately through
 * both, one node killed on the way, are each decided once, with decision numbers unique and without gaps, and every
 * mail sent once. Run alone: {@code ./mvnw test -Dtest=TwoNodesTest}.
 */
@Tag("durability")
class TwoNodesTest {

	@Test
	void twoNodesOnOneDatabase_shareTheWork_andSurviveTheDeathOfOne() throws Exception {
		Path dir = Path.of("target", "durability", "twoNodes").toAbsolutePath();
		FileSystemUtils.deleteRecursively(dir);
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("random_page_cost", "1.1").start()) {
			Map<String, String> properties = AppProcess.defaults(smtp.getSmtp().getPort());
			properties.put("spring.profiles.active", "postgres");
			properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "postgres");
			// both at once, on an empty database
			var startA = CompletableFuture.supplyAsync(() -> start("node-a", dir, properties));
			var startB = CompletableFuture.supplyAsync(() -> start("node-b", dir, properties));
			AppProcess a = startA.get(240, TimeUnit.SECONDS);
			AppProcess b = startB.get(240, TimeUnit.SECONDS);
			try {
				startUpDataOnce(a.http());
				oneLoginForBothNodes(a, b);
				aHolidayAddedOnOneNodeCountsOnTheOther(a, b);

				Queue<Ack> acks = Workload.acks();
				try (Workload clients = Workload.start(acks, 3, a.port(), b.port())) {
					awaitAcks(acks, 15);
					b.kill();
				}
				try (Workload clients = Workload.start(acks, 2, a.port())) {
					awaitAcks(acks, acks.size() + 6);
				}
				finishEveryDossier(a.http());
				Checks.settled(a.http());
				List<String> numbers = Checks.consistent(a.http(), acks);
				var dossiers = Checks.dossiers(a.http());
				assertThat(dossiers.values()).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("DECIDED"));
				// one authority, one year: 1/QĐ-UBND … N/QĐ-UBND, each once
				List<Integer> values = new ArrayList<>(numbers.stream()
					.map(n -> Integer.parseInt(n.substring(n.indexOf(' ') + 1, n.indexOf('/'))))
					.sorted()
					.toList());
				assertThat(values).hasSize(dossiers.size());
				for (int i = 0; i < values.size(); i++) {
					assertThat(values.get(i)).as("decision numbers without gaps").isEqualTo(i + 1);
				}
				Checks.mailsOnce(a.http(), smtp, 1);
			}
			finally {
				a.close();
				b.close();
			}
		}
		finally {
			smtp.stop();
		}
	}

	static AppProcess start(String name, Path dir, Map<String, String> properties) {
		try {
			return AppProcess.start(name, dir, properties);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static void awaitAcks(Queue<Ack> acks, int target) throws InterruptedException {
		long deadline = System.nanoTime() + 180_000_000_000L;
		while (acks.size() < target && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(acks.size()).isGreaterThanOrEqualTo(target);
	}

	/** Filters, groups and the administrator exist once, though both nodes made them on an empty database. */
	static void startUpDataOnce(Http http) {
		JsonNode filters = Workload.read(http.get("/engine-rest/filter", "admin", Http.ADMIN_PASSWORD));
		List<String> names = new ArrayList<>();
		filters.forEach(f -> names.add(f.get("name").asText()));
		assertThat(names).contains("Việc của tôi", "Việc của đơn vị").doesNotHaveDuplicates();
		assertThat(Workload.read(http.get("/engine-rest/user?id=admin", "admin", Http.ADMIN_PASSWORD))).hasSize(1);
		assertThat(Workload.read(http.get("/engine-rest/group/count", "admin", Http.ADMIN_PASSWORD)).get("count").asLong())
			.isPositive();
	}

	static void oneLoginForBothNodes(AppProcess a, AppProcess b) {
		Http onA = a.http();
		String token = onA.get("/camunda/app/tasklist/default/", null, null).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		assertThat(onA.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=giaothuy.chuyenvien&password=demo", "X-XSRF-TOKEN", token).statusCode()).isEqualTo(200);
		HttpResponse<String> onB = onA.onPort(b.port()).get("/camunda/api/admin/auth/user/default", null, null);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("giaothuy.chuyenvien");
		assertThat(onA.onPort(b.port()).get("/dossiers", null, null).statusCode()).isEqualTo(200);
	}

	static void aHolidayAddedOnOneNodeCountsOnTheOther(AppProcess a, AppProcess b) throws InterruptedException {
		LocalDate day = LocalDate.now().plusDays(40);
		while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
			day = day.plusDays(1);
		}
		String dueBefore = b.http().get("/api/calendar/due-date?from=" + day.minusDays(1) + "&workingDays=1", "admin",
				Http.ADMIN_PASSWORD).body();
		assertThat(dueBefore).contains(day.toString());
		HttpResponse<String> added = a.http().postJson("/api/calendar/holidays", "admin", Http.ADMIN_PASSWORD,
				"{\"date\":\"%s\",\"name\":\"Ngày nghỉ thử\",\"legalBasis\":\"Thông báo thử\"}".formatted(day));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		String expected = day.plusDays(1).toString();
		String due = "";
		for (int i = 0; i < 40 && !due.contains(expected); i++) {
			due = b.http().get("/api/calendar/due-date?from=" + day.minusDays(1) + "&workingDays=1", "admin",
					Http.ADMIN_PASSWORD).body();
			Thread.sleep(100);
		}
		assertThat(due).as("node B counts the day off added on node A").contains(expected);
	}

	/** Every dossier still under review is reviewed to its decision, on the surviving node. */
	static void finishEveryDossier(Http http) {
		String[][] steps = Workload.STEPS;
		for (int round = 0; round < 200; round++) {
			boolean open = false;
			for (var dossier : Checks.dossiers(http).values()) {
				if (Checks.FINAL.contains(dossier.get("status").asText())) {
					continue;
				}
				open = true;
				String id = dossier.get("id").asText();
				for (String[] step : steps) {
					JsonNode tasks = Workload.read(http.get("/engine-rest/task?processInstanceBusinessKey=" + id
							+ "&taskDefinitionKey=" + step[0], step[1], "demo"));
					if (tasks.size() > 0) {
						new Workload(Workload.acks(), List.of()).completeOn(http, id, step[0], step[1]);
					}
				}
			}
			if (!open) {
				return;
			}
			Workload.sleep(500);
		}
		throw new AssertionError("dossiers still under review");
	}

}
