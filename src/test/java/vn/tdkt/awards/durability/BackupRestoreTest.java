package vn.tdkt.awards.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import vn.tdkt.awards.support.AppProcess;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.RequiredComponent;

/**
 * README's backup and restore, done as an operator would: a node on PostgreSQL decides a dossier and prints its
 * papers, {@code pg_dump -Fc} of the one database, {@code pg_restore} into a fresh database, and a node started on
 * that finds the dossier decided with every paper, byte for byte. The first node logs in JSON ({@code LOG_FORMAT=json},
 * Elastic Common Schema) with the request id, user and dossier in its lines. Needs pg_dump and pg_restore of
 * PostgreSQL 15 or later (Debian's postgresql-client, installed by .ci/run).
 */
@Tag("durability")
class BackupRestoreTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void aDumpRestoredIntoAFreshDatabase_holdsTheDecidedDossierWithItsPapers() throws Exception {
		RequiredComponent.require(!client("pg_restore").equals("pg_restore") || onPath("pg_restore"),
				"pg_dump and pg_restore (Debian package postgresql-client)");
		Path dir = Path.of("target", "durability", "backupRestore").toAbsolutePath();
		FileSystemUtils.deleteRecursively(dir);
		Files.createDirectories(dir);
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			Map<String, String> properties = AppProcess.defaults(smtp.getSmtp().getPort());
			properties.put("spring.profiles.active", "postgres");
			properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "postgres");
			properties.put("LOG_FORMAT", "json");
			properties.put("logging.level.vn.tdkt.awards.system.LogContext", "DEBUG");

			String id;
			Map<String, String> papers;
			try (AppProcess node = AppProcess.start("node", dir, properties)) {
				Http http = node.http();
				Workload workload = new Workload(Workload.acks(), List.of(node.port()));
				id = workload.submitOn(http);
				for (String[] step : Workload.STEPS) {
					workload.completeOn(http, id, step[0], step[1]);
				}
				papers = awaitDecidedWithPapers(http, id);
				HttpResponse<String> read = http.send(http.request("/api/dossiers/" + id, "giaoninh.canbo", "demo")
					.header("X-Request-Id", "backup-1")
					.GET()
					.build());
				assertThat(read.statusCode()).isEqualTo(200);
				jsonLogs(node.log(), id);
			}

			Path dump = dir.resolve("awards.dump");
			run(dir, postgres, "pg_dump", "-Fc", "-f", dump.toString(), "postgres");
			try (Connection db = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
					"postgres")) {
				db.createStatement().execute("create database restored");
			}
			run(dir, postgres, "pg_restore", "--no-owner", "--exit-on-error", "-d", "restored", dump.toString());

			properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "restored"));
			properties.remove("LOG_FORMAT");
			try (AppProcess restored = AppProcess.start("restored", dir, properties)) {
				Http http = restored.http();
				JsonNode dossier = Workload.read(http.get("/api/dossiers/" + id, "giaoninh.canbo", "demo"));
				assertThat(dossier.get("status").asText()).isEqualTo("DECIDED");
				assertThat(documents(http, id)).isEqualTo(papers);
				for (var paper : papers.entrySet()) {
					HttpResponse<byte[]> pdf = http.getBytes("/api/dossiers/" + id + "/documents/" + paper.getKey(),
							"giaoninh.canbo", "demo");
					assertThat(pdf.statusCode()).isEqualTo(200);
					assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
					assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
						.isEqualTo(paper.getValue());
				}
				// the restored node goes on working: a new dossier gets the next number of the year
				String next = new Workload(Workload.acks(), List.of(restored.port())).submitOn(http);
				assertThat(next).isNotEqualTo(id);
			}
		}
		finally {
			smtp.stop();
		}
	}

	/** The dossier decided (the job executor prints its papers after the signature): its documents, id → SHA-256. */
	private static Map<String, String> awaitDecidedWithPapers(Http http, String id) throws InterruptedException {
		for (int i = 0; i < 240; i++) {
			JsonNode dossier = Workload.read(http.get("/api/dossiers/" + id, "giaoninh.canbo", "demo"));
			Map<String, String> documents = documents(http, id);
			if ("DECIDED".equals(dossier.get("status").asText()) && documents.size() >= 2) {
				return documents;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("dossier " + id + " not decided with its papers");
	}

	private static Map<String, String> documents(Http http, String id) {
		Map<String, String> documents = new LinkedHashMap<>();
		for (JsonNode doc : Workload.read(http.get("/api/dossiers/" + id + "/documents", "giaoninh.canbo", "demo"))) {
			documents.put(doc.get("id").asText(), doc.get("sha256").asText());
		}
		return documents;
	}

	/** Every line the application wrote is one ECS JSON object; a request's lines carry its id, user and dossier. */
	private static void jsonLogs(String log, String id) throws IOException {
		List<JsonNode> lines = new ArrayList<>();
		for (String line : log.lines().toList()) {
			if (line.isBlank() || line.startsWith("OpenJDK") || line.startsWith("WARNING")) {
				continue;
			}
			lines.add(JSON.readTree(line));
		}
		assertThat(lines).allSatisfy(line -> {
			assertThat(line.has("@timestamp")).isTrue();
			assertThat(line.at("/ecs/version").asText()).isNotBlank();
			assertThat(line.at("/log/level").asText()).isNotBlank();
		});
		JsonNode read = lines.stream()
			.filter(line -> line.path("message").asText().startsWith("GET /api/dossiers/" + id + " 200"))
			.filter(line -> "backup-1".equals(line.path("requestId").asText()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no access line with request id backup-1"));
		assertThat(read.path("user").asText()).isEqualTo("giaoninh.canbo");
		assertThat(read.path("dossierId").asText()).isEqualTo(id);
	}

	/** Runs a PostgreSQL client program against the embedded server; it must end well within a minute. */
	private static void run(Path dir, EmbeddedPostgres postgres, String program, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(client(program));
		command.addAll(List.of("-h", "localhost", "-p", Integer.toString(postgres.getPort()), "-U", "postgres"));
		command.addAll(List.of(args));
		Path output = dir.resolve(program + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("PGPASSWORD", "postgres");
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(program + " ended").isTrue();
		assertThat(process.exitValue()).as(program + ": " + Files.readString(output)).isZero();
	}

	/** The newest installed client of that name (Debian puts them under /usr/lib/postgresql/N/bin), else PATH's. */
	static String client(String program) throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(versions)) {
			try (Stream<Path> dirs = Files.list(versions)) {
				var newest = dirs.map(d -> d.resolve("bin").resolve(program))
					.filter(Files::isExecutable)
					.max((a, b) -> Integer.compare(major(a), major(b)));
				if (newest.isPresent()) {
					return newest.get().toString();
				}
			}
		}
		return program;
	}

	private static boolean onPath(String program) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
			.anyMatch(d -> Files.isExecutable(Path.of(d, program)));
	}

	private static int major(Path binary) {
		try {
			return Integer.parseInt(binary.getParent().getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
