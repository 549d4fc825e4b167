package vn.tdkt.awards.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import vn.tdkt.awards.durability.Workload.Ack;
import vn.tdkt.awards.support.Http;

/** What must hold after any crash or any node's death: nothing acknowledged lost, nothing half-made, nothing twice. */
final class Checks {

	static final Set<String> FINAL = Set.of("DECIDED", "REJECTED", "EXPIRED", "WITHDRAWN");

	private Checks() {
	}

	/** Every dossier by id, with its detail. */
	static Map<String, JsonNode> dossiers(Http http) {
		Map<String, JsonNode> dossiers = new HashMap<>();
		for (int page = 0;; page++) {
			JsonNode list = Workload.read(http.get("/api/dossiers?size=200&page=" + page, "admin", Http.ADMIN_PASSWORD));
			for (JsonNode summary : list) {
				String id = summary.get("id").asText();
				dossiers.put(id, Workload.read(http.get("/api/dossiers/" + id, "admin", Http.ADMIN_PASSWORD)));
			}
			if (list.size() < 200) {
				return dossiers;
			}
		}
	}

	/**
	 * Every acknowledged write is there; every dossier under way has its process and every process its dossier; no
	 * decision number twice. Returns the decided dossiers' numbers.
	 */
	static List<String> consistent(Http http, Queue<Ack> acks) {
		Map<String, JsonNode> dossiers = dossiers(http);
		for (Ack ack : acks) {
			JsonNode dossier = dossiers.get(ack.dossierId());
			assertThat(dossier).as("acknowledged %s of %s", ack.step(), ack.dossierId()).isNotNull();
			if (!ack.step().equals("submit")) {
				List<String> actions = new ArrayList<>();
				dossier.get("timeline").forEach(e -> actions.add(e.get("action").asText()));
				assertThat(actions).as("acknowledged %s of %s", ack.step(), ack.dossierId())
					.contains(Workload.events().get(ack.step()));
			}
		}
		// the node goes on working while this looks: a process may end between the two reads, never begin
		Set<String> running = running(http);
		for (var dossier : dossiers.values()) {
			String id = dossier.get("id").asText();
			if (!FINAL.contains(dossier.get("status").asText()) && !running.contains(id)) {
				String now = Workload.read(http.get("/api/dossiers/" + id, "admin", Http.ADMIN_PASSWORD)).get("status").asText();
				assertThat(now).as("%s has no process: it must have ended meanwhile", id).isIn(FINAL);
			}
		}
		Set<String> known = dossiers(http).keySet();
		assertThat(known).as("a dossier for every process").containsAll(running);
		List<String> numbers = new ArrayList<>();
		dossiers.values()
			.stream()
			.filter(d -> d.hasNonNull("decision"))
			.forEach(d -> numbers.add(d.get("decision").get("authorityOrg").asText() + " "
					+ d.get("decision").get("number").asText()));
		assertThat(numbers).as("decision numbers").doesNotHaveDuplicates();
		return numbers;
	}

	static Set<String> running(Http http) {
		Set<String> running = new HashSet<>();
		Workload.read(http.get("/engine-rest/process-instance?processDefinitionKey=award-nomination&maxResults=100000",
				"admin", Http.ADMIN_PASSWORD))
			.forEach(p -> running.add(p.get("businessKey").asText()));
		return running;
	}

	/** Waits until nothing is left to do: no executable job, no pending mail. */
	static void settled(Http http) {
		for (int i = 0; i < 240; i++) {
			int jobs = Workload.read(http.get("/engine-rest/job?executable=true", "admin", Http.ADMIN_PASSWORD)).size();
			JsonNode outbox = Workload.read(http.get("/actuator/mailoutbox", "admin", Http.ADMIN_PASSWORD));
			long pending = outbox.path("counts").path("PENDING").asLong(0);
			if (jobs == 0 && pending == 0) {
				return;
			}
			Workload.sleep(500);
		}
		throw new AssertionError("jobs or mails still pending after two minutes");
	}

	/**
	 * Every mail of the outbox arrived, each under the Message-ID of its row: as many distinct Message-IDs as sent
	 * rows, and a second copy only of a row whose send a crash interrupted (at most {@code interrupted} of them).
	 */
	static void mailsOnce(Http http, GreenMail smtp, int interrupted) throws MessagingException {
		JsonNode outbox = Workload.read(http.get("/actuator/mailoutbox", "admin", Http.ADMIN_PASSWORD));
		long sent = outbox.path("counts").path("SENT").asLong(0);
		Map<String, Integer> copies = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			assertThat(message.getMessageID()).matches("<outbox-\\d+@award-workflow>");
			copies.merge(message.getMessageID() + " " + String.join(",", java.util.Arrays.stream(message.getAllRecipients())
				.map(Object::toString)
				.toList()), 1, Integer::sum);
		}
		assertThat(copies.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).distinct().count()).isEqualTo(sent);
		assertThat(copies.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
		assertThat(copies.values().stream().filter(n -> n == 2).count()).isLessThanOrEqualTo(interrupted);
	}

}
