package vn.tdkt.awards.durability;

import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_COUNCIL_VOTE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.awards.support.Http;

/**
 * Clients that do what offices do, each on its own thread against one node: submit a Giấy khen dossier of xã Giao
 * Phong, then appraise, vote and sign it as the district's demo users through engine-rest. Every write the node
 * acknowledged (201, 204) is recorded; a write whose answer never came (the node died) is not.
 */
public final class Workload implements AutoCloseable {

	static final ObjectMapper JSON = new ObjectMapper();

	/** An acknowledged write: a submit, or the completion of a task of the dossier. */
	public record Ack(String dossierId, String step) {
	}

	static final String[][] STEPS = { { TASK_APPRAISE, "giaoninh.chuyenvien" }, { TASK_COUNCIL_VOTE, "giaoninh.chuyenvien" },
			{ TASK_SIGN, "giaoninh.chutich" } };

	private final Queue<Ack> acks;

	private final AtomicBoolean stopped = new AtomicBoolean();

	private final List<Thread> threads = new ArrayList<>();

	private final List<Integer> ports;

	Workload(Queue<Ack> acks, List<Integer> ports) {
		this.acks = acks;
		this.ports = ports;
	}

	public static Workload start(Queue<Ack> acks, int clients, Integer... ports) {
		Workload workload = new Workload(acks, List.of(ports));
		for (int i = 0; i < clients; i++) {
			int client = i;
			Thread thread = new Thread(() -> workload.run(client), "client-" + i);
			thread.setDaemon(true);
			workload.threads.add(thread);
			thread.start();
		}
		return workload;
	}

	/** Each step goes to the next node in turn (one node: always that one). */
	private Http node(int turn) {
		return new Http(ports.get(Math.floorMod(turn, ports.size())));
	}

	private void run(int client) {
		int turn = client;
		while (!stopped.get()) {
			try {
				String id = submit(node(turn++));
				for (String[] step : STEPS) {
					if (stopped.get()) {
						return;
					}
					complete(node(turn++), id, step[0], step[1]);
				}
			}
			catch (RuntimeException ex) {
				// the node died under us, or refused: what was not acknowledged is not counted
				if (!stopped.get()) {
					sleep(200);
				}
			}
		}
	}

	private String submit(Http http) {
		String body = """
				{"submittingOrg":"XA_GIAO_NINH","awardType":"GIAY_KHEN","movement":"KTXH_NB_2026","kind":"PHONG_TRAO",
				 "year":2026,"title":"Đề nghị tặng Giấy khen","nominees":[{"subjectType":"CA_NHAN","name":"Người %s"}]}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8));
		HttpResponse<String> created = http.send(http.request("/api/dossiers", "giaoninh.canbo", "demo")
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("submit: " + created.statusCode());
		}
		String id = read(created).get("id").asText();
		acks.add(new Ack(id, "submit"));
		return id;
	}

	/** Submits one dossier of xã Giao Ninh (the test's own step). */
	String submitOn(Http http) {
		return submit(http);
	}

	/** Completes the dossier's open task of this key as the user (the test's own clean-up). */
	void completeOn(Http http, String id, String key, String user) {
		complete(http, id, key, user);
	}

	private void complete(Http http, String id, String key, String user) {
		String task = awaitTask(http, id, key, user);
		HttpResponse<String> claim = http.postJson("/engine-rest/task/" + task + "/claim", user, "demo",
				"{\"userId\":\"" + user + "\"}");
		if (claim.statusCode() != 204 && claim.statusCode() != 500) {
			throw new IllegalStateException("claim: " + claim.statusCode());
		}
		String variables = switch (key) {
			case TASK_APPRAISE -> "{\"outcome\":{\"value\":\"APPROVE\",\"type\":\"String\"}}";
			case TASK_COUNCIL_VOTE -> {
				String nominee = read(http.get("/api/dossiers/" + id, user, "demo")).get("nominees").get(0).get("id").asText();
				yield "{\"membersTotal\":{\"value\":9,\"type\":\"Integer\"},\"membersPresent\":{\"value\":9,\"type\":\"Integer\"},"
						+ "\"votesFor\":{\"value\":\"{\\\"" + nominee + "\\\":9}\",\"type\":\"Json\"}}";
			}
			default -> "{\"outcome\":{\"value\":\"SIGN\",\"type\":\"String\"}}";
		};
		HttpResponse<String> done = http.postJson("/engine-rest/task/" + task + "/complete", user, "demo",
				"{\"variables\":" + variables + "}");
		if (done.statusCode() != 204) {
			throw new IllegalStateException(key + ": " + done.statusCode() + " " + done.body());
		}
		acks.add(new Ack(id, key));
	}

	private String awaitTask(Http http, String id, String key, String user) {
		for (int i = 0; i < 240 && !stopped.get(); i++) {
			JsonNode tasks = read(http.get("/engine-rest/task?processInstanceBusinessKey=" + id + "&taskDefinitionKey=" + key,
					user, "demo"));
			if (tasks.size() > 0) {
				return tasks.get(0).get("id").asText();
			}
			sleep(250);
		}
		throw new IllegalStateException("no " + key + " task for " + id);
	}

	static JsonNode read(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public static Queue<Ack> acks() {
		return new ConcurrentLinkedQueue<>();
	}

	static Map<String, String> events() {
		return Map.of(TASK_APPRAISE, "APPRAISED", TASK_COUNCIL_VOTE, "COUNCIL_VOTED", TASK_SIGN, "DECISION_SIGNED");
	}

	@Override
	public void close() throws InterruptedException {
		stopped.set(true);
		for (Thread thread : threads) {
			thread.join(70_000);
		}
	}

}
