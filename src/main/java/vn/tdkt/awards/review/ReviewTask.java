package vn.tdkt.awards.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import vn.tdkt.awards.legal.LegalDurations;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.workflow.AwardNominationProcess;

/**
 * The reviewer contract, declared once per review task (SPEC §3): the task definition key outside clients use, its
 * Camunda Form, who completes it (the role's group of the hop under review), its legal duration, the variables a
 * completion sets and their types, the form's own slots, and the read-only data the task presents. The completion
 * guard ({@link ReviewGuard}), the forms' field test, the task's legal duration and README's contract table all come
 * from this declaration.
 */
public enum ReviewTask {

	APPRAISE(AwardNominationProcess.TASK_APPRAISE, "appraise-form", OrgRole.APPRAISER, LegalDurations.APPRAISE,
			List.of(ContractVariable.choice(Names.OUTCOME, AppraisalOutcome.class),
					ContractVariable.text(Names.COMMENT, ReviewTask.MAX_COMMENT, "required for RETURN and REJECT"),
					ContractVariable.nomineeIds(Names.APPROVED_NOMINEES, "with APPROVE: the nominees that go on, pending"
							+ " or left out earlier by this same appraisal (put back); absent = all pending; preset on the"
							+ " task to all pending"),
					ContractVariable.text(Names.EXCLUSION_REASON, ReviewTask.MAX_COMMENT, "with APPROVE: why the nominees"
							+ " left out are not proposed, recorded as their reason (the comment when absent)")),
			List.of(), List.of(Names.NOMINEE_OPTIONS)),

	COUNCIL_VOTE(AwardNominationProcess.TASK_COUNCIL_VOTE, "council-vote-form", OrgRole.SECRETARY,
			LegalDurations.COUNCIL_VOTE,
			List.of(ContractVariable.count(Names.MEMBERS_TOTAL, "all members of the council, at least 1"),
					ContractVariable.count(Names.MEMBERS_PRESENT,
							"at most membersTotal and at least the quorum of the award type and level"),
					ContractVariable.votes(Names.VOTES_FOR, "one entry per pending nominee, each at most membersPresent"),
					ContractVariable.text(Names.COMMENT, ReviewTask.MAX_COMMENT, null)),
			IntStream.rangeClosed(1, ReviewTask.VOTE_SLOTS).mapToObj(i -> Names.VOTE_SLOT + i).toList(),
			List.of(Names.COUNCIL_RULE, Names.VOTE_IDS, Names.VOTE_NAMES)),

	SIGN(AwardNominationProcess.TASK_SIGN, "sign-form", OrgRole.LEADER, LegalDurations.SIGN,
			List.of(ContractVariable.choice(Names.OUTCOME, SignatureOutcome.class),
					new ContractVariable(Names.DECISION_NUMBER, ContractVariable.Kind.TEXT, false,
							ReviewTask.MAX_DECISION_NUMBER, List.of(),
							"deciding hop only, letters, digits, / . -; reserved for the authority and year when"
									+ " signed, generated when absent"),
					ContractVariable.text(Names.COMMENT, ReviewTask.MAX_COMMENT, "required for RETURN")),
			List.of(), List.of(Names.DECIDING_HOP)),

	VERIFY_OBJECTION(AwardNominationProcess.TASK_VERIFY_OBJECTION, "verify-objection-form", OrgRole.APPRAISER,
			LegalDurations.VERIFY_OBJECTION,
			List.of(ContractVariable.flag(Names.UPHELD, "true: the objection holds and its nominee is not awarded"),
					ContractVariable.text(Names.COMMENT, ReviewTask.MAX_COMMENT, null)),
			List.of(), List.of(Names.OBJECTION_TEXT));

	/** The longest comment a completion may carry (our timeline keeps 4,000 characters with what it adds). */
	public static final int MAX_COMMENT = 2000;

	/** The longest decision number (the decision table's column). */
	public static final int MAX_DECISION_NUMBER = 60;

	/** Vote fields of the council form, one per nominee (Tasklist cannot validate form-js dynamic lists). */
	public static final int VOTE_SLOTS = 50;

	private final String key;

	private final String formId;

	private final OrgRole role;

	private final String legalDuration;

	private final List<ContractVariable> variables;

	private final List<String> formSlots;

	private final List<String> presented;

	ReviewTask(String key, String formId, OrgRole role, String legalDuration, List<ContractVariable> variables,
			List<String> formSlots, List<String> presented) {
		this.key = key;
		this.formId = formId;
		this.role = role;
		this.legalDuration = legalDuration;
		this.variables = variables;
		this.formSlots = formSlots;
		List<String> all = new ArrayList<>(Names.PRESENTED_BY_ALL);
		all.addAll(presented);
		this.presented = List.copyOf(all);
	}

	/** The task definition key (BPMN user task id) outside clients use. */
	public String key() {
		return key;
	}

	public String formId() {
		return formId;
	}

	/** Who completes it: members of this role's group of the hop under review. */
	public OrgRole role() {
		return role;
	}

	/** The legal duration code (legal_duration table) that sets the task's due date. */
	public String legalDuration() {
		return legalDuration;
	}

	/** What a completion sets, in the order the guard checks them. */
	public List<ContractVariable> variables() {
		return variables;
	}

	/** Fields of the task's form that feed a contract variable and are discarded (e.g. votes1…votes50). */
	public List<String> formSlots() {
		return formSlots;
	}

	/** The names of the read-only data the task presents to its form. */
	public List<String> presented() {
		return presented;
	}

	/** Contract variables the task holds from its start as the form's initial value (the appraise checklist ticked). */
	public List<String> presetDefaults() {
		return this == APPRAISE ? List.of(Names.APPROVED_NOMINEES) : List.of();
	}

	public List<String> variableNames() {
		return variables.stream().map(ContractVariable::name).toList();
	}

	public static Optional<ReviewTask> of(String key) {
		return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
	}

	public static ReviewTask require(String key) {
		return of(key).orElseThrow(() -> new IllegalArgumentException("No review task " + key));
	}

	/** README's reviewer-contract table, made from this declaration (a test keeps README equal to it). */
	public static String markdownTable() {
		StringBuilder table = new StringBuilder();
		table.append("| task | who completes it | variables a completion sets (nothing else is accepted) | legal duration |\n");
		table.append("|---|---|---|---|\n");
		for (ReviewTask task : values()) {
			table.append("| `").append(task.key).append("` | `<ORG>.").append(task.role.name().toLowerCase())
				.append("` of the hop | ")
				.append(String.join(", ", task.variables.stream().map(ContractVariable::describe).toList()));
			if (!task.formSlots.isEmpty()) {
				table.append("; the form's own fields `").append(task.formSlots.get(0)).append("`…`")
					.append(task.formSlots.get(task.formSlots.size() - 1)).append("` (Integer) are accepted and discarded");
			}
			table.append(" | `").append(task.legalDuration).append("` |\n");
		}
		return table.toString();
	}

	/** Variable names of the contract and of the presented form data. */
	public static final class Names {

		private Names() {
		}

		public static final String OUTCOME = "outcome";

		public static final String COMMENT = "comment";

		public static final String APPROVED_NOMINEES = "approvedNominees";

		public static final String EXCLUSION_REASON = "exclusionReason";

		public static final String MEMBERS_TOTAL = "membersTotal";

		public static final String MEMBERS_PRESENT = "membersPresent";

		public static final String VOTES_FOR = "votesFor";

		public static final String VOTE_SLOT = "votes";

		public static final String DECISION_NUMBER = "decisionNumber";

		public static final String UPHELD = "upheld";

		public static final String DOSSIER_SUMMARY = "dossierSummary";

		public static final String NOMINEE_TABLE = "nomineeTable";

		public static final String ELIGIBILITY_SUMMARY = "eligibilitySummary";

		public static final String DOCUMENT_LINKS = "documentLinks";

		public static final String REVIEW_HISTORY = "reviewHistory";

		public static final String NOMINEE_OPTIONS = "nomineeOptions";

		public static final String COUNCIL_RULE = "councilRule";

		public static final String VOTE_IDS = "voteIds";

		public static final String VOTE_NAMES = "voteNames";

		public static final String DECIDING_HOP = "decidingHop";

		public static final String OBJECTION_TEXT = "objectionText";

		/** Read-only data every review task presents to its form (task-local variables). */
		static final List<String> PRESENTED_BY_ALL = List.of(DOSSIER_SUMMARY, NOMINEE_TABLE, ELIGIBILITY_SUMMARY,
				DOCUMENT_LINKS, REVIEW_HISTORY);

	}

}
