package vn.tdkt.awards.bench;

import vn.tdkt.awards.support.Http;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tdkt.awards.AwardWorkflowApplication;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.identity.CamundaIdentityAuthenticationProvider;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierService;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.nomination.SubmitDossier;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.review.ReviewerFilters;
import vn.tdkt.awards.system.TaskQueryBypass;

/**
 * The benchmark (README, docs/benchmarks.md): the whole application on embedded H2 or a real PostgreSQL, loaded with
 * a province's year and a national registry; BK_TTG dossiers driven end to end through our services and, in the same
 * run, the same route on the bare engine; latencies of what reviewers and nominators wait for; memory and load.
 * Prints a Markdown table and writes it under target/benchmark/.
 *
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:exec -Dbench.args="--db=postgres --threads=2"
 * </pre>
 *
 * Options (defaults in brackets): --db=postgres|h2 [postgres], --threads=N [1], --dossiers=N end-to-end dossiers [200],
 * --open-tasks=N dossiers left at their first appraisal [10000], --closed=N decided dossiers of the province's year
 * [10000], --nominees=N per closed dossier [5], --registry=N award rows over ten years [1000000], --samples=N per
 * latency probe [300], --statements=N the N statements that took PostgreSQL longest in the application's rounds
 * (pg_stat_statements), --warmup=N dossiers driven on each route before anything is measured [20],
 * --group-tasks=N,N,… the task list at these numbers of open tasks in one group, with and without the task query
 * rewrite, --explain=1 the plans of the task and dossier lists, --keep-db=DIR the embedded server's data directory,
 * kept after the run; any option with a dot is an application property (to compare settings). The JVM's heap: -Dbench.heap
 * [2g].
 */
public final class Benchmark {

	private final Map<String, String> options;

	private final List<String[]> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private Benchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("db", "postgres", "threads", "1", "dossiers", "200",
				"open-tasks", "10000", "closed", "10000", "nominees", "9", "registry", "1000000", "samples", "300", "warmup", "20"));
		for (String arg : args) {
			for (String part : arg.trim().split("\\s+")) {
				if (part.startsWith("--") && part.contains("=")) {
					options.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
				}
			}
		}
		new Benchmark(options).run();
		System.exit(0);
	}

	private int option(String name) {
		return Integer.parseInt(options.get(name));
	}

	private void run() throws Exception {
		String load = loadAverage();
		Sampler sampler = new Sampler();
		sampler.start();
		EmbeddedPostgres postgres = null;
		Map<String, Object> props = new HashMap<>();
		if ("postgres".equals(options.get("db"))) {
			// configured as docker compose configures production (SSD: README, "PostgreSQL in production")
			var server = EmbeddedPostgres.builder().setServerConfig("random_page_cost", "1.1");
			if (options.containsKey("keep-db")) {
				// the data directory left after the run, to examine plans on the same data afterwards
				server.setDataDirectory(java.nio.file.Path.of(options.get("keep-db"))).setCleanDataDirectory(false);
			}
			if (options.containsKey("statements")) {
				server.setServerConfig("shared_preload_libraries", Statements.PRELOAD);
			}
			postgres = server.start();
			props.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
			props.put("spring.datasource.username", "postgres");
			props.put("spring.datasource.password", "postgres");
			// a throwaway database: the administrator's password the probes use
			props.put("ADMIN_PASSWORD", Http.ADMIN_PASSWORD);
		}
		else {
			props.put("spring.datasource.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
		}
		props.put("server.port", "0");
		props.put("spring.datasource.hikari.maximum-pool-size", "12");
		props.put("camunda.bpm.job-execution.enabled", "false");
		props.put("awards.mail.dispatch-enabled", "false");
		props.put("spring.main.banner-mode", "off");
		// the seed's province with its districts, open-ended: the route measured since the first figures (four hops to
		// the Prime Minister), whatever the date
		props.put("awards.reference-data", "nam-dinh-2023");
		props.put("logging.level.root", "WARN");
		props.put("logging.level.org.camunda.bpm.engine.context", "ERROR");
		props.put("logging.level.org.apache.pdfbox", "ERROR");
		// options with a dot are application properties, to compare settings: --camunda.bpm.database.type=...
		options.forEach((key, value) -> {
			if (key.contains(".")) {
				props.put(key, value);
			}
		});
		long started = System.nanoTime();
		// as command-line arguments: they win over application.yaml (DB_URL and the like)
		String[] arguments = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AwardWorkflowApplication.class,
				BenchConfiguration.class)
			.run(arguments);
		try {
			if (!"true".equals(options.get("cluster-only"))) {
				measure(context, started);
			}
		}
		finally {
			context.close();
			if (postgres != null) {
				postgres.close();
			}
		}
		if (options.containsKey("nodes")) {
			cluster(option("nodes"));
		}
		sampler.stop();
		report(load, loadAverage(), sampler);
	}

	private void measure(ConfigurableApplicationContext context, long started) throws Exception {
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		DossierService dossiers = context.getBean(DossierService.class);
		submitter = new Submitter(dossiers, context.getBean(vn.tdkt.awards.document.DocumentService.class),
				context.getBean(vn.tdkt.awards.nomination.RequiredDocuments.class),
				context.getBean(vn.tdkt.awards.system.AppClock.class));
		DossierLifecycle repository = context.getBean(DossierLifecycle.class);
		var admin = context.getBean(CamundaIdentityAuthenticationProvider.class).load("admin");
		int threads = option("threads");
		row("Start-up (context, Flyway, engine, reference data)", seconds(started), "s");

		BareRoute.deploy(engine.getRepositoryService());
		Stats submit = new Stats("submit");
		Stats completion = new Stats("task completion");
		Stats bareCompletion = new Stats("bare task completion");
		RouteDriver ours = new RouteDriver(engine, completion);
		RouteDriver bare = new RouteDriver(engine, bareCompletion);
		AtomicInteger sequence = new AtomicInteger();

		IntConsumer ourDossier = i -> {
			String id = submit.time(() -> submitter.submit(new SubmitDossier("GIAO_PHONG", "BK_TTG", "NTM_2021_2025",
					CommendationKind.PHONG_TRAO, 2025, "Đề nghị Bằng khen Thủ tướng " + i,
					List.of(new NewNominee(SubjectType.TAP_THE, "Hợp tác xã " + i, null, null, "Xuất sắc"),
							new NewNominee(SubjectType.CA_NHAN, "Cá nhân " + i, "Chủ nhiệm", "Hợp tác xã", "Xuất sắc")),
					null), admin));
			ours.drive(id, repository.nominees(id).stream().map(n -> n.id()).toList());
		};
		IntConsumer bareDossier = i -> {
			String key = "BARE-" + sequence.incrementAndGet();
			engine.getRuntimeService().startProcessInstanceByKey(BareRoute.KEY, key);
			bare.drive(key, List.of(1L, 2L));
		};

		// warm-up, not measured: the compiler, caches, the first PDF
		parallel(option("warmup"), threads, ourDossier);
		parallel(option("warmup"), threads, bareDossier);

		long t = System.nanoTime();
		new DataGenerator(jdbc).registry(option("registry"), 2025, 10);
		// written around AwardRegistry, so its counts are rebuilt, as after any bulk load
		context.getBean(vn.tdkt.awards.registry.AwardRegistry.class).rebuildCounts();
		analyze(jdbc);
		row("Load: national registry, %,d award rows (batched, counts rebuilt, analyzed)".formatted(option("registry")),
				seconds(t), "s");
		t = System.nanoTime();
		new DataGenerator(jdbc).closedDossiers(option("closed"), option("nominees"), 2025);
		analyze(jdbc);
		row("Load: %,d decided dossiers, %,d nominees (batched)".formatted(option("closed"),
				option("closed") * option("nominees")), seconds(t), "s");

		// open dossiers through the real service, as a province's year spreads them: submitted by its districts and
		// departments, each waits at its first appraisal in the submitting org (a real task with its form data)
		t = System.nanoTime();
		List<String> submitters = jdbc.queryForList(
				"select code from org_unit where level in ('DISTRICT', 'DEPARTMENT') order by code", String.class);
		Random random = new Random(7);
		List<String> openIds = java.util.Collections.synchronizedList(new ArrayList<>());
		parallel(option("open-tasks"), threads, i -> {
			String id = submitter.submit(new SubmitDossier(submitters.get(i % submitters.size()), "BK_TINH", "NTM_2021_2025",
					CommendationKind.PHONG_TRAO, 2025, "Hồ sơ đang xét " + i,
					List.of(new NewNominee(SubjectType.CA_NHAN, "Người đang xét " + i, null, null, "Tốt")), null), admin);
			ours.runJobs(id);
			openIds.add(id);
		});
		// planner statistics as autovacuum would have them on a database that has been running
		analyze(jdbc);
		long openTasks = engine.getTaskService().createTaskQuery().count();
		row("Load: %,d dossiers of %d districts and departments submitted through the service to their first task"
			.formatted(option("open-tasks"), submitters.size()) + " (%,d open tasks)".formatted(openTasks), seconds(t), "s");

		// end to end, the bare engine and our application on the same route and threads, interleaved in rounds so
		// that neither gets the quieter database (autovacuum and checkpoints after the load)
		int n = option("dossiers");
		int rounds = Math.min(5, n);
		double bareSeconds = 0;
		double ourSeconds = 0;
		long bareCommits = 0;
		long ourCommits = 0;
		int bareTasks = 0;
		int ourTasks = 0;
		double[] bareCpu = new double[5];
		double[] ourCpu = new double[5];
		int submitsBefore = submit.count();
		double[] papersBefore = papers();
		boolean onPostgres = isPostgres(jdbc);
		Statements statements = options.containsKey("statements") && onPostgres ? new Statements(jdbc) : null;
		postmaster = onPostgres ? CpuClock.parent(Path.of("/proc",
				Long.toString(jdbc.queryForObject("select pg_backend_pid()", Long.class)), "stat")) : 0;
		for (int round = 0; round < rounds; round++) {
			int size = n / rounds + (round < n % rounds ? 1 : 0);
			int tasksBefore = bareCompletion.count();
			long commitsBefore = BenchConfiguration.COMMITS.get();
			Map<String, double[]> server = statements == null ? null : statements.snapshot();
			double[] cpu = cpu();
			t = System.nanoTime();
			parallel(size, threads, bareDossier);
			bareSeconds += (System.nanoTime() - t) / 1e9;
			add(bareCpu, cpu);
			if (statements != null) {
				statements.addSince(server, true);
			}
			bareTasks += bareCompletion.count() - tasksBefore;
			bareCommits += BenchConfiguration.COMMITS.get() - commitsBefore;

			tasksBefore = completion.count();
			commitsBefore = BenchConfiguration.COMMITS.get();
			server = statements == null ? null : statements.snapshot();
			cpu = cpu();
			t = System.nanoTime();
			parallel(size, threads, ourDossier);
			ourSeconds += (System.nanoTime() - t) / 1e9;
			add(ourCpu, cpu);
			if (statements != null) {
				statements.addSince(server, false);
			}
			ourTasks += completion.count() - tasksBefore;
			ourCommits += BenchConfiguration.COMMITS.get() - commitsBefore;
		}

		double ourRate = n / ourSeconds;
		double bareRate = n / bareSeconds;
		row("End to end, application: BK_TTG dossiers/s (%d dossiers, %d threads)".formatted(n, threads),
				fmt(ourRate), "dossiers/s");
		row("End to end, application: user tasks/s", fmt(ourTasks / ourSeconds), "tasks/s");
		row("End to end, application: DB transactions per dossier", fmt((double) ourCommits / n), "commits");
		row("End to end, bare engine, same route, no-op delegates: dossiers/s", fmt(bareRate), "dossiers/s");
		row("End to end, bare engine: user tasks/s", fmt(bareTasks / bareSeconds), "tasks/s");
		row("End to end, bare engine: DB transactions per dossier", fmt((double) bareCommits / n), "commits");
		row("**Ratio application ÷ bare engine** (target ≥ 0.7)", "%.2f".formatted(ourRate / bareRate), "");
		double[] papersAfter = papers();
		double rendered = papersAfter[0] - papersBefore[0];
		double paperMillis = papersAfter[1] - papersBefore[1];
		row("Papers: ms per paper (%,.0f rendered, %.1f per dossier)".formatted(rendered, rendered / n),
				fmt(rendered == 0 ? 0 : paperMillis / rendered), "ms");
		row("Papers: share of the application's end-to-end time (thread time ÷ wall time ÷ threads)",
				"%.0f %%".formatted(100 * paperMillis / 1000 / ourSeconds / threads), "");
		row("Per dossier, application: wall / CPU of the driving thread(s), the JVM's compiler, its GC, its other threads,"
				+ " PostgreSQL (ms; of which rendering papers: %.0f ms)".formatted(paperMillis / n),
				perDossier(ourSeconds, ourCpu, n), "ms");
		row("Per dossier, bare engine: the same (ms)", perDossier(bareSeconds, bareCpu, n), "ms");
		if (statements != null) {
			notes.addAll(statements.top(option("statements"), n));
		}
		notes.add(("End to end: %d BK_TTG dossiers from xã Giao Phong (a collective and an individual each) through"
				+ " district, province (council; a BK_TTG is not posted since the law-and-map change), ministry and Prime Minister, 9 user tasks each; bare and"
				+ " application interleaved in %d rounds.").formatted(n, rounds));
		notes.add("%d submits measured for the submit latency, %d task completions.".formatted(
				submit.count() - submitsBefore, ourTasks));
		notes.add("DB transactions are commits on the pool's connections, the driver's own engine queries included"
				+ " (the same driver runs both routes), so the difference between the two rows is what our code adds.");

		// latencies under the loaded data
		int samples = option("samples");
		Stats taskList = new Stats("task list");
		var identity = engine.getIdentityService();
		List<String> groups = identity.createGroupQuery().groupMember("giaothuy.chuyenvien").list().stream()
			.map(Group::getId).toList();
		long visible = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).count();
		for (int i = 0; i < samples; i++) {
			identity.setAuthentication("giaothuy.chuyenvien", groups);
			try {
				taskList.time(() -> {
					var query = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).orderByDueDate().asc();
					query.count();
					return query.listPage(0, 50);
				});
			}
			finally {
				identity.clearAuthentication();
			}
		}
		notes.add("Task list: the org filter of a district appraiser (candidate groups, by due date, first 50 and the"
				+ " count), with the engine's authorization checks, over %,d visible of %,d open tasks."
					.formatted(visible, engine.getTaskService().createTaskQuery().count()));

		int port = Integer.parseInt(context.getBean(Environment.class).getProperty("local.server.port"));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		Stats list = new Stats("dossier list");
		Stats detail = new Stats("dossier detail");
		Stats movement = new Stats("movement report");
		List<String> detailIds = new ArrayList<>(openIds);
		for (int i = 0; i < 1000 && option("closed") > 0; i++) {
			detailIds.add("HS-2025-B%05d".formatted(random.nextInt(option("closed"))));
		}
		for (int i = 0; i < samples; i++) {
			get(http, port, list, "/api/dossiers?page=" + (i % 5) + "&size=50", "namdinh.chuyenvien", "demo");
			if (!detailIds.isEmpty()) {
				get(http, port, detail, "/api/dossiers/" + detailIds.get(random.nextInt(detailIds.size())), "admin",
						Http.ADMIN_PASSWORD);
			}
			get(http, port, movement, "/api/reports/movements/NTM_2021_2025?fromYear=2016&toYear=2025", "admin", Http.ADMIN_PASSWORD);
		}
		notes.add("Dossier list: GET /api/dossiers (50 a page, pages 1-5) as the provincial appraiser, whose scope holds"
				+ " the dossiers routed through the province. Detail: GET /api/dossiers/{id} over open and decided"
				+ " dossiers. Report: GET /api/reports/movements/NTM_2021_2025 for 2016-2025 (half the registry).");

		if (options.containsKey("explain") && isPostgres(jdbc)) {
			explain(jdbc, groups);
		}
		for (Stats s : List.of(submit, completion, taskList, list, detail, movement)) {
			latency(s);
		}
		if (options.containsKey("group-tasks")) {
			groupTasks(engine, jdbc, dossiers, admin, ours, threads, samples,
					new TasklistRequests(new Http(port), "giaothuy.chuyenvien", "demo"));
		}
	}

	/**
	 * --group-tasks=500,2000,5000: open tasks piled up in one group (Giao Thủy's appraisers: dossiers Giao Thủy
	 * submits wait at its own appraisal), the org filter's p95 measured at each size, with the task query rewrite
	 * (TaskQueryPlugin) and with the engine's own statement, in the same run.
	 */
	private void groupTasks(ProcessEngine engine, JdbcTemplate jdbc, DossierService dossiers,
			vn.tdkt.awards.identity.AppUser admin, RouteDriver ours, int threads, int samples, TasklistRequests rest)
			throws Exception {
		var identity = engine.getIdentityService();
		var taskService = engine.getTaskService();
		String user = "giaothuy.chuyenvien";
		List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		String orgFilter = engine.getFilterService().createFilterQuery().filterName(ReviewerFilters.ORG).singleResult()
			.getId();
		int made = 0;
		for (String size : options.get("group-tasks").split(",")) {
			int target = Integer.parseInt(size.trim());
			long inGroup = taskService.createTaskQuery().taskCandidateGroupIn(groups).count();
			int missing = (int) Math.max(0, target - inGroup);
			long t = System.nanoTime();
			int offset = made;
			parallel(missing, threads, i -> {
				String id = submitter.submit(new SubmitDossier("GIAO_THUY", "BK_TINH", "NTM_2021_2025",
						CommendationKind.PHONG_TRAO, 2025, "Hồ sơ chờ thẩm định " + (offset + i),
						List.of(new NewNominee(SubjectType.CA_NHAN, "Người chờ " + (offset + i), null, null, "Tốt")), null),
						admin);
				ours.runJobs(id);
			});
			made += missing;
			analyze(jdbc);
			long visible = taskService.createTaskQuery().taskCandidateGroupIn(groups).count();
			row("Load: %,d open tasks in one group (GIAO_THUY.appraiser), %,d added".formatted(visible, missing),
					seconds(t), "s");
			Stats rewritten = new Stats("task list, %,d in the group".formatted(visible));
			Stats own = new Stats("task list, %,d in the group, engine's own statement".formatted(visible));
			int ownSamples = visible > 2000 ? Math.min(samples, 30) : samples;
			for (int i = 0; i < samples; i++) {
				identity.setAuthentication(user, groups);
				try {
					rewritten.time(() -> orgFilter(taskService, groups));
					if (i < ownSamples) {
						own.time(() -> TaskQueryBypass.withoutRewrite(() -> orgFilter(taskService, groups)));
					}
				}
				finally {
					identity.clearAuthentication();
				}
			}
			latency(rewritten);
			latency(own);
			tasklistRequests(engine, jdbc, rest, orgFilter, user, groups, visible, samples);
			row("Task list at %,d: engine's own p95 ÷ rewritten p95".formatted(visible),
					"%.1f".formatted(own.percentile(95) / rewritten.percentile(95)), "×");
			if (options.containsKey("explain") && isPostgres(jdbc)) {
				explainRewritten(jdbc, groups);
			}
		}
		notes.add("Group tasks: Giao Thủy's appraiser's org filter (candidate groups, by due date, first 50 and the count)"
				+ " as the open tasks of that one group grow; each size measured with the task query rewrite"
				+ " (TaskQueryPlugin) and with the engine's own statement in the same JVM and database.");
		notes.add("Tasklist's request: POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15 for the saved filter"
				+ " \"" + ReviewerFilters.ORG + "\" as Giao Thủy's appraiser, over HTTP with Basic authentication (Tasklist"
				+ " uses a session: no password check nor group and tenant reads per request), the body"
				+ " and Accept header Tasklist's client sends (" + TasklistRequests.TASKLIST_BODY + "; HAL: the page, its"
				+ " count and the embedded resources); the same resource Tasklist reaches under /camunda/api/engine."
				+ " GET /engine-rest/task?candidateGroup=…&sortBy=dueDate&sortOrder=asc&maxResults=15 and"
				+ " /task/count?candidateGroup=…, each timed, as the same user. Each request sent %d times first, not"
					.formatted(restWarmup()) + " timed.");
	}

	/**
	 * The same task list as Tasklist and an outside client ask for it at this size: the filter through the Java API,
	 * then over HTTP (Tasklist's request, the candidate group's page and count), each after an untimed warm-up.
	 */
	private void tasklistRequests(ProcessEngine engine, JdbcTemplate jdbc, TasklistRequests rest, String orgFilter,
			String user, List<String> groups, long visible, int samples) {
		var identity = engine.getIdentityService();
		Stats filterApi = new Stats("the org filter's first page as Tasklist sorts it and its count, Java API, %,d in"
			.formatted(visible) + " the group");
		for (int i = 0; i < samples; i++) {
			identity.setAuthentication(user, groups);
			try {
				filterApi.time(() -> tasklistPage(engine.getFilterService(), engine.getTaskService(), orgFilter));
			}
			finally {
				identity.clearAuthentication();
			}
		}
		Stats tasklist = new Stats("Tasklist's request for the org filter, %,d in the group".formatted(visible));
		String appraisers = OrgRole.APPRAISER.groupId("GIAO_THUY");
		Stats candidateGroup = new Stats("GET /engine-rest/task?candidateGroup=%s, %,d in the group"
			.formatted(appraisers, visible));
		Stats candidateCount = new Stats("GET /engine-rest/task/count?candidateGroup=%s, %,d in the group"
			.formatted(appraisers, visible));
		// the REST layer's first requests load and compile its classes: not measured, as for the routes (--warmup)
		Stats warmup = new Stats("warm-up");
		for (int i = 0; i < restWarmup(); i++) {
			rest.filterFirstPage(warmup, orgFilter);
			rest.candidateGroupFirstPage(warmup, appraisers);
			rest.candidateGroupCount(warmup, appraisers);
		}
		Statements statements = options.containsKey("statements") && isPostgres(jdbc) ? new Statements(jdbc) : null;
		var before = statements == null ? null : statements.snapshot();
		for (int i = 0; i < samples; i++) {
			rest.filterFirstPage(tasklist, orgFilter);
		}
		if (statements != null) {
			notes.add("Tasklist's request for the org filter at %,d in the group, the statements that took the server"
				.formatted(visible) + " longest (ms and calls per request):");
			notes.addAll(statements.heaviestSince(before, option("statements"), samples));
		}
		for (int i = 0; i < samples; i++) {
			rest.candidateGroupFirstPage(candidateGroup, appraisers);
			rest.candidateGroupCount(candidateCount, appraisers);
		}
		latency(filterApi);
		latency(tasklist);
		latency(candidateGroup);
		latency(candidateCount);
	}

	/** Requests of each kind sent before the REST layer is timed: its code compiled, as on a server up for days. */
	private int restWarmup() {
		return 5 * option("warmup");
	}

	/** What Tasklist's request asks the engine: the filter's first 15 active tasks, newest first after the due date. */
	private static List<org.camunda.bpm.engine.task.Task> tasklistPage(org.camunda.bpm.engine.FilterService filters,
			org.camunda.bpm.engine.TaskService tasks, String filterId) {
		filters.count(filterId, tasks.createTaskQuery().active());
		return filters.listPage(filterId, tasks.createTaskQuery().active().orderByTaskCreateTime().desc(), 0, 15);
	}

	private static List<org.camunda.bpm.engine.task.Task> orgFilter(org.camunda.bpm.engine.TaskService tasks,
			List<String> groups) {
		var query = tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByDueDate().asc();
		query.count();
		return query.listPage(0, 50);
	}

	/** The plan of Tasklist's task count query for the district appraiser (--explain). */
	private void explain(JdbcTemplate jdbc, List<String> groups) {
		String sql = taskCountSql(groups);
		jdbc.queryForList("explain (analyze, buffers) " + sql, String.class).forEach(System.out::println);
		explainRest(jdbc, sql);
	}

	/** Tasklist's task count query of Giao Thủy's appraiser as the engine writes it, parameters inlined. */
	private static String taskCountSql(List<String> groups) {
		return "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ " + taskQueryFromWhere(groups) + " ) countDistinct";
	}

	/** The first page of the same filter by due date, as the engine writes it on PostgreSQL. */
	private static String taskListSql(List<String> groups) {
		return "select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DESCRIPTION_, RES.PRIORITY_,"
				+ " RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_, RES.EXECUTION_ID_, RES.PROC_INST_ID_,"
				+ " RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_, RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_,"
				+ " RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.SUSPENSION_STATE_, RES.TENANT_ID_, RES.LAST_UPDATED_,"
				+ " RES.TASK_STATE_ " + taskQueryFromWhere(groups) + " order by RES.DUE_DATE_ asc, RES.ID_ asc LIMIT 50 OFFSET 0";
	}

	private static String taskQueryFromWhere(List<String> groups) {
		String g = String.join("', '", groups);
		return ("from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on"
				+ " I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ left join ( SELECT A.* FROM"
				+ " ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( 'giaothuy.chuyenvien', '*') OR"
				+ " A.GROUP_ID_ IN ( '%s' ) ) AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6"
				+ " AND A.PERMS_ & 64 = 64 ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )) WHERE ( 1 = 1 and"
				+ " ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( '%s' ) ) ) ) and ("
				+ " (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is null"
				+ " )").formatted(g, g);
	}

	/** The plan of the same count as TaskQueryPlugin rewrites it (--explain with --group-tasks). */
	private static void explainRewritten(JdbcTemplate jdbc, List<String> groups) {
		System.out.println("-- rewritten task count, " + groups);
		jdbc.queryForList("explain (analyze, buffers) " + rewritten(groups, Benchmark::taskCountSql), String.class)
			.forEach(System.out::println);
		System.out.println("-- rewritten task list, first page by due date, " + groups);
		jdbc.queryForList("explain (analyze, buffers) " + rewritten(groups, Benchmark::taskListSql), String.class)
			.forEach(System.out::println);
	}

	/**
	 * The statement as the plugin rewrites it, the groups inlined after the rewrite: the engine passes them as
	 * parameters, and the candidate rewrite declines a condition naming anything but the links' columns.
	 */
	private static String rewritten(List<String> groups, java.util.function.Function<List<String>, String> sql) {
		List<String> stand = java.util.stream.IntStream.range(0, groups.size()).mapToObj(i -> "BENCHGROUP" + i).toList();
		String rewritten = TaskQueryBypass.rewritten(sql.apply(stand));
		for (int i = groups.size() - 1; i >= 0; i--) {
			rewritten = rewritten.replace(stand.get(i), groups.get(i));
		}
		return rewritten;
	}

	private void explainRest(JdbcTemplate jdbc, String sql) {
		System.out.println("random_page_cost = " + jdbc.queryForObject("show random_page_cost", String.class));
		jdbc.queryForList("select resource_type_ || ' ' || resource_id_ || ': ' || count(*) from act_ru_authorization"
				+ " group by resource_type_, resource_id_ order by count(*) desc limit 8", String.class)
			.forEach(System.out::println);
		// the dossier list of the provincial appraiser (DossierQueries: the count, then the first page)
		String scope = " from dossier d where (d.id in (select r.dossier_id from dossier_hop r where r.org_code in"
				+ " ('NAM_DINH') and r.reached = true and r.role <> 'SUBMIT'))";
		for (String list : List.of("select count(*) from (select r.dossier_id from dossier_hop r where r.org_code"
				+ " in ('NAM_DINH') and r.reached = true and r.role <> 'SUBMIT') visible", "select d.id, d.status, h.org_code,"
				+ " (select count(*) from nominee n where n.dossier_id = d.id) as nominees" + scope.replace(" from dossier d",
						" from dossier d left join dossier_hop h on h.dossier_id = d.id and h.seq = d.current_hop")
				+ " order by d.submitted_at desc, d.id desc limit 50 offset 200")) {
			jdbc.queryForList("explain (analyze) " + list, String.class).forEach(System.out::println);
		}
		// the plan PostgreSQL did not choose: each task's authorizations looked up by resource id
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set enable_material = off");
				try (var plan = statement.executeQuery("explain (analyze) " + sql)) {
					while (plan.next()) {
						System.out.println(plan.getString(1));
					}
				}
				statement.execute("reset enable_material");
			}
			return null;
		});
	}

	private void latency(Stats s) {
		rows.add(new String[] { "Latency: " + s.name + " (n=%d) p50 / p95 / p99".formatted(s.count()),
				"%.1f / %.1f / %.1f".formatted(s.percentile(50), s.percentile(95), s.percentile(99)), "ms" });
	}

	private static void get(HttpClient http, int port, Stats stats, String path, String user, String password) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		HttpResponse<byte[]> response = stats.time(() -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " → " + response.statusCode());
		}
	}

	/** CPU of the threads {@link #parallel} ran, each counted when it ends (a pool's threads are its own). */
	private static final AtomicLong DRIVING_CPU_NANOS = new AtomicLong();

	/** The embedded PostgreSQL server's main process, whose CPU and children's the figures count (0 on H2). */
	private static long postmaster;

	/** Runs {@code count} items on {@code threads} threads, each item on one thread. */
	private static void parallel(int count, int threads, IntConsumer item) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < threads; w++) {
				workers.add(pool.submit(() -> {
					try {
						for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
							item.accept(i);
						}
					}
					finally {
						DRIVING_CPU_NANOS.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** Fresh planner statistics after a bulk load, as an operator would have them. */
	private static void analyze(JdbcTemplate jdbc) {
		jdbc.execute(isPostgres(jdbc) ? "vacuum analyze" : "analyze");
	}

	private static boolean isPostgres(JdbcTemplate jdbc) {
		return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).equals("PostgreSQL");
	}

	/**
	 * CPU so far, in ms: the threads driving dossiers, this JVM's compiler threads, its garbage collector, its other
	 * threads, the PostgreSQL server.
	 */
	private static double[] cpu() {
		double driving = DRIVING_CPU_NANOS.get() / 1e6;
		double[] own = CpuClock.jvmOwnMillis();
		return new double[] { driving, own[0], own[1], CpuClock.jvmMillis() - driving - own[0] - own[1],
				CpuClock.postgresMillis(postmaster) };
	}

	/** Adds the CPU used since {@code since} to {@code total}. */
	private static void add(double[] total, double[] since) {
		double[] now = cpu();
		for (int i = 0; i < total.length; i++) {
			total[i] += now[i] - since[i];
		}
	}

	private static String perDossier(double seconds, double[] cpu, int dossiers) {
		StringBuilder figures = new StringBuilder("%.0f".formatted(seconds * 1000 / dossiers));
		for (double ms : cpu) {
			figures.append(" / ").append("%.0f".formatted(ms / dossiers));
		}
		return figures.toString();
	}

	/** Papers rendered so far and their total milliseconds (the application's render timer, every template). */
	private static double[] papers() {
		double count = 0;
		double millis = 0;
		for (var timer : io.micrometer.core.instrument.Metrics.globalRegistry
			.find(vn.tdkt.awards.paper.PdfRenderer.RENDER_TIMER)
			.timers()) {
			count += timer.count();
			millis += timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		return new double[] { count, millis };
	}

	private void row(String what, String value, String unit) {
		rows.add(new String[] { what, value, unit });
		System.out.printf("  %-90s %12s %s%n", what, value, unit);
	}

	private static String seconds(long startNanos) {
		return "%.1f".formatted((System.nanoTime() - startNanos) / 1e9);
	}

	private static String fmt(double value) {
		return "%.2f".formatted(value);
	}

	/**
	 * {@code --nodes=N}: the same offices' work over HTTP against one node, then N nodes on one PostgreSQL database
	 * ({@link ClusterRun}); {@code --cluster-clients} (4), {@code --cluster-seconds} (60).
	 */
	private void cluster(int nodes) throws Exception {
		int clients = Integer.parseInt(options.getOrDefault("cluster-clients", "4"));
		int seconds = Integer.parseInt(options.getOrDefault("cluster-seconds", "60"));
		ClusterRun.Result one = ClusterRun.measure(1, clients, seconds);
		ClusterRun.Result many = ClusterRun.measure(nodes, clients, seconds);
		for (ClusterRun.Result r : List.of(one, many)) {
			row("Cluster, %d node%s, HTTP, %d clients: Giấy khen dossiers signed/s".formatted(r.nodes(),
					r.nodes() == 1 ? "" : "s", clients), fmt(r.dossiersPerSecond()), "dossiers/s");
			row("Cluster, %d node%s: user tasks/s".formatted(r.nodes(), r.nodes() == 1 ? "" : "s"),
					fmt(r.tasksPerSecond()), "tasks/s");
		}
		row("**Cluster: %d nodes ÷ 1 node**".formatted(nodes),
				"%.2f".formatted(many.dossiersPerSecond() / one.dossiersPerSecond()), "");
		notes.add(("Cluster: each node a JVM of its own (-Xmx512m, job executor and mail dispatcher on) on one fresh"
				+ " embedded PostgreSQL; %d clients submit a Giấy khen dossier of xã Giao Ninh (the default data set) and appraise, vote and"
				+ " sign it through /api and /engine-rest, each step on the next node in turn; %d s measured after 15 s"
				+ " of warm-up. On this machine's 2 cores the nodes share the same CPUs and database.")
			.formatted(clients, seconds));
	}

	private void report(String loadBefore, String loadAfter, Sampler sampler) throws IOException {
		StringBuilder md = new StringBuilder();
		String when = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		md.append("### Benchmark ").append(when).append(" — ").append(options.get("db")).append("\n\n");
		md.append("Machine: %d cores, %s, Java %s; load average before %s, after %s.%n%n".formatted(
				Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"), loadBefore,
				loadAfter));
		md.append("Options: ").append(options).append("\n\n");
		md.append("| Measure | Value | Unit |\n|---|---:|---|\n");
		for (String[] r : rows) {
			md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
		}
		md.append("| Heap used, peak (sampled every 200 ms) | %d | MiB |%n".formatted(sampler.heapPeak.get() >> 20));
		md.append("| RSS, peak (VmHWM of this JVM, embedded PostgreSQL excluded) | %d | MiB |%n".formatted(rssPeak() >> 10));
		md.append("| Heap maximum (-Xmx, `-Dbench.heap`) | %d | MiB |%n".formatted(Runtime.getRuntime().maxMemory() >> 20));
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			md.append("| GC: %s, whole run (collections / total pause) | %d / %.1f | – / s |%n".formatted(gc.getName(),
					gc.getCollectionCount(), gc.getCollectionTime() / 1000.0));
		}
		md.append("\n");
		notes.forEach(n -> md.append("- ").append(n).append('\n'));
		System.out.println();
		System.out.println(md);
		Path dir = Path.of("target", "benchmark");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("results-%s-%s.md".formatted(options.get("db"),
				when.replace(" ", "-").replace(":", ""))), md);
		Files.writeString(dir.resolve("latest-" + options.get("db") + ".md"), md);
		System.out.println("Written to " + dir.resolve("latest-" + options.get("db") + ".md"));
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	/** Peak resident set size of this JVM, in KiB (VmHWM). */
	private static long rssPeak() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return 0;
	}

	private static String memory() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return "%d GiB RAM".formatted(Long.parseLong(line.replaceAll("\\D", "")) >> 20);
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return "RAM n/a";
	}

	/** Samples the heap in use every 200 ms. */
	private static final class Sampler {

		final AtomicLong heapPeak = new AtomicLong();

		private volatile boolean running = true;

		private final Thread thread = new Thread(() -> {
			var memory = ManagementFactory.getMemoryMXBean();
			while (running) {
				heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");

		void start() {
			thread.setDaemon(true);
			thread.start();
		}

		void stop() {
			running = false;
		}

	}

	private Submitter submitter;

	/** Submits as a nominator does: a draft, the documents its award type asks for (one small PDF each), submitted. */
	record Submitter(DossierService dossiers, vn.tdkt.awards.document.DocumentService documents,
			vn.tdkt.awards.nomination.RequiredDocuments required, vn.tdkt.awards.system.AppClock clock) {

		String submit(SubmitDossier command, vn.tdkt.awards.identity.AppUser user) {
			String id = dossiers.saveDraft(command, user);
			for (var document : required.required(command.awardType(), command.kind().name(), clock.today())) {
				documents.upload(id, vn.tdkt.awards.nomination.DocumentType.valueOf(document.documentType()),
						document.documentType().toLowerCase(java.util.Locale.ROOT) + ".pdf",
						vn.tdkt.awards.support.TestFiles.pdf(document.documentType() + " " + id), user);
			}
			dossiers.submitDraft(id, user);
			return id;
		}

	}

}
