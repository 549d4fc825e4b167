package vn.tdkt.awards.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.legal.LegalBases;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Evaluates, for every nominee of a dossier, the decision table of its award type and subject type
 * ({@code bpmn/eligibility/*.dmn}, decision {@code eligibility_<AWARD>_<SUBJECT>}) with the rule set in force on the
 * day the dossier was submitted, over inputs computed from the nominee's history. Each matching rule gives a
 * verdict; BLOCKED wins, then ELIGIBLE (with the clauses met), then MISSING (with all that is missing). The result is
 * advisory and stored with the dossier; appraisal stays the reviewer's.
 */
@Service
public class EligibilityService {

	static final ObjectMapper JSON = new ObjectMapper();

	private final DossierLifecycle dossiers;

	private final People people;

	private final EligibilityFacts facts;

	private final DecisionService decisions;

	private final RepositoryService repository;

	private final JdbcClient jdbc;

	private final LegalBases legalBases;

	private final AppClock clock;

	EligibilityService(DossierLifecycle dossiers, People people, EligibilityFacts facts, DecisionService decisions,
			RepositoryService repository, JdbcClient jdbc, AppClock clock, LegalBases legalBases) {
		this.legalBases = legalBases;
		this.dossiers = dossiers;
		this.people = people;
		this.facts = facts;
		this.decisions = decisions;
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Evaluates every nominee now (linking each to its person first) and stores the results. A nominee whose inputs
	 * and decision version are those of its stored result keeps that result without evaluating the table again.
	 */
	@Transactional
	public List<NomineeEligibility> evaluate(String dossierId) {
		Dossier dossier = dossiers.require(dossierId);
		String ruleSet = ruleSet(dossier.submittedAt().toLocalDate());
		Map<Long, String> storedHashes = new java.util.HashMap<>();
		jdbc.sql("select nominee_id, inputs_hash from eligibility_result where dossier_id = ?")
			.param(dossierId)
			.query((rs, i) -> storedHashes.put(rs.getLong(1), rs.getString(2)))
			.list();
		Map<Long, NomineeEligibility> stored = new java.util.HashMap<>();
		List<NomineeEligibility> results = new ArrayList<>();
		for (Nominee nominee : dossiers.nominees(dossierId)) {
			results.add(evaluate(dossier, nominee, ruleSet, storedHashes, stored));
		}
		return results;
	}

	/**
	 * One nominee's result: the stored one when the table and its inputs are unchanged (read once per dossier into
	 * {@code stored}), else the decision table evaluated again and stored.
	 */
	private NomineeEligibility evaluate(Dossier dossier, Nominee nominee, String ruleSet, Map<Long, String> storedHashes,
			Map<Long, NomineeEligibility> stored) {
		long personId = person(dossier, nominee);
		String key = "eligibility_%s_%s".formatted(dossier.awardType(), nominee.subjectType().name());
		String definition = definitionId(key);
		if (definition == null) {
			NomineeEligibility result = new NomineeEligibility(nominee.id(), nominee.name(), false, "UNKNOWN",
					List.of(UserTexts.text(WebConfiguration.VIETNAMESE, "page.eligibility.no-table", dossier.awardType(),
							nominee.subjectType().label())), ruleSet, null);
			store(dossier.id(), result, null);
			return result;
		}
		Map<String, Object> inputs = facts.compute(dossier, personId, ruleSet, clock.today());
		String hash = hash(definition, inputs);
		if (hash.equals(storedHashes.get(nominee.id()))) {
			if (stored.isEmpty()) {
				stored(dossier.id()).forEach(e -> stored.put(e.nomineeId(), e));
			}
			return stored.get(nominee.id());
		}
		NomineeEligibility result = combine(nominee, ruleSet, key,
				decisions.evaluateDecisionTableById(definition, inputs).getResultList());
		store(dossier.id(), result, hash);
		return result;
	}

	/**
	 * The latest deployed decision's id, or null. Looked up again after a minute: another node may have deployed a
	 * newer version of the tables.
	 */
	private String definitionId(String key) {
		long now = System.nanoTime();
		Definition known = definitions.get(key);
		if (known == null || now - known.loadedAt() > DEFINITION_TTL_NANOS) {
			var definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
			known = new Definition(definition == null ? null : definition.getId(), now);
			definitions.put(key, known);
		}
		return known.id();
	}

	private record Definition(String id, long loadedAt) {
	}

	static final long DEFINITION_TTL_NANOS = 60_000_000_000L;

	private final Map<String, Definition> definitions = new java.util.concurrent.ConcurrentHashMap<>();

	static String hash(String definition, Map<String, Object> inputs) {
		try {
			var digest = java.security.MessageDigest.getInstance("SHA-256");
			digest.update((definition + "|" + new java.util.TreeMap<>(inputs)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The stored results, evaluated first if the dossier has none yet. */
	@Transactional
	public List<NomineeEligibility> results(String dossierId) {
		List<NomineeEligibility> stored = stored(dossierId);
		return stored.size() == dossiers.nominees(dossierId).size() && !stored.isEmpty() ? stored : evaluate(dossierId);
	}

	static NomineeEligibility combine(Nominee nominee, String ruleSet, String key, List<Map<String, Object>> rows) {
		Map<String, Set<String>> byVerdict = new java.util.HashMap<>();
		for (Map<String, Object> row : rows) {
			byVerdict.computeIfAbsent(String.valueOf(row.get("verdict")), v -> new LinkedHashSet<>())
				.add(String.valueOf(row.get("reason")));
		}
		for (String verdict : List.of("UNKNOWN", "BLOCKED", "ELIGIBLE", "MISSING")) {
			if (byVerdict.containsKey(verdict)) {
				return new NomineeEligibility(nominee.id(), nominee.name(), "ELIGIBLE".equals(verdict), verdict,
						List.copyOf(byVerdict.get(verdict)), ruleSet, key);
			}
		}
		return new NomineeEligibility(nominee.id(), nominee.name(), false, "MISSING",
				List.of(UserTexts.text(WebConfiguration.VIETNAMESE, "page.eligibility.nothing-met")), ruleSet, key);
	}

	/** The rule set in force on the day. */
	String ruleSet(LocalDate day) {
		return legalBases.ruleSet(day);
	}

	private long person(Dossier dossier, Nominee nominee) {
		DossierLifecycle.NomineeIdentity identity = dossiers.identity(nominee.id());
		if (identity.personId() != null) {
			return identity.personId();
		}
		long personId = people.resolve(nominee.subjectType(), identity.idNumber(), nominee.name(), identity.birthDate(),
				dossier.submittingOrg());
		dossiers.linkPerson(nominee.id(), personId);
		return personId;
	}

	private void store(String dossierId, NomineeEligibility result, String inputsHash) {
		String reasons;
		try {
			// bounded so that it fits its column: at most 6 reasons of at most 500 characters
			reasons = JSON.writeValueAsString(result.reasons()
				.stream()
				.limit(6)
				.map(r -> r.length() > 500 ? r.substring(0, 499) + "…" : r)
				.toList());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		jdbc.sql("delete from eligibility_result where nominee_id = ?").param(result.nomineeId()).update();
		jdbc.sql("insert into eligibility_result (nominee_id, dossier_id, rule_set, decision_key, verdict, reasons,"
				+ " inputs_hash, evaluated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(result.nomineeId(), dossierId, result.ruleSet(), result.decisionKey(), result.verdict(),
					reasons, inputsHash, clock.localNow())
			.update();
	}

	/** The stored results of the dossier's nominees, in the nominees' order, each with the nominee's name. */
	private List<NomineeEligibility> stored(String dossierId) {
		Map<Long, NomineeEligibility> byNominee = new java.util.HashMap<>();
		jdbc.sql("select nominee_id, verdict, reasons, rule_set, decision_key from eligibility_result where dossier_id = ?")
			.param(dossierId)
			.query((rs, i) -> {
				try {
					List<String> reasons = JSON.readValue(rs.getString("reasons"), new TypeReference<List<String>>() {
					});
					return new NomineeEligibility(rs.getLong("nominee_id"), null,
							"ELIGIBLE".equals(rs.getString("verdict")), rs.getString("verdict"), reasons,
							rs.getString("rule_set"), rs.getString("decision_key"));
				}
				catch (JsonProcessingException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.list()
			.forEach(e -> byNominee.put(e.nomineeId(), e));
		return dossiers.nominees(dossierId)
			.stream()
			.filter(n -> byNominee.containsKey(n.id()))
			.map(n -> {
				NomineeEligibility e = byNominee.get(n.id());
				return new NomineeEligibility(e.nomineeId(), n.name(), e.eligible(), e.verdict(), e.reasons(),
						e.ruleSet(), e.decisionKey());
			})
			.toList();
	}

}
