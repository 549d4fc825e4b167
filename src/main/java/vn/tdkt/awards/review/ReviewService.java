package vn.tdkt.awards.review;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.CouncilRule;
import vn.tdkt.awards.registry.DecisionNumbers;
import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.legal.LegalDurations;
import vn.tdkt.awards.nomination.Actors;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierMilestone;
import vn.tdkt.awards.nomination.DossierRepository;
import vn.tdkt.awards.nomination.DossierStateException;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.nomination.HopRole;
import vn.tdkt.awards.nomination.InvalidDossierException;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.review.ReviewRecords.VoteLine;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;
import vn.tdkt.awards.workflow.DossierWorkflow;
import vn.tdkt.awards.workflow.LevelOutcome;

/**
 * What reviewers decide at one hop, validated and written to our tables: appraisal verdicts per nominee, returns
 * and supplements, the public posting and its objections, council votes, signatures. The process calls it through
 * thin delegates and task listeners and routes on what it returns.
 */
@Service
public class ReviewService {

	public static final String APPROVE = "APPROVE";

	public static final String RETURN = "RETURN";

	public static final String REJECT = "REJECT";

	public static final String SIGN = "SIGN";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DossierRepository dossiers;

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	private final ReviewRecords records;

	private final LegalDurations durations;

	private final BusinessCalendar calendar;

	private final DecisionNumbers decisionNumbers;

	private final DossierWorkflow workflow;

	private final AppClock clock;

	private final ApplicationEventPublisher events;

	public ReviewService(DossierRepository dossiers, AwardTypeRepository awardTypes, OrgRepository orgs,
			ReviewRecords records, LegalDurations durations, BusinessCalendar calendar, DecisionNumbers decisionNumbers,
			DossierWorkflow workflow, AppClock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
		this.records = records;
		this.durations = durations;
		this.calendar = calendar;
		this.decisionNumbers = decisionNumbers;
		this.workflow = workflow;
		this.clock = clock;
	}

	/**
	 * The dossier reaches its current hop: the org's groups review it; council and posting where the data say so
	 * (recorded on the hop, where the route reads them).
	 */
	@Transactional
	public void open(String dossierId) {
		Dossier dossier = dossiers.lock(dossierId);
		int hopSeq = dossier.currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		HopSteps steps = steps(dossier, hop);
		dossiers.openHop(dossierId, hopSeq, steps.council(), steps.posting());
		dossiers.updateStatus(dossierId, DossierStatus.IN_REVIEW, clock.localNow());
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM, DossierEventType.RECEIVED,
				null, null, orgName(hop.orgCode()));
	}

	/** Whether the council votes and the list is posted publicly at a hop of the dossier. */
	public record HopSteps(boolean council, boolean posting) {
	}

	/** The steps the data give a hop: a council where a rule exists for the level, posting where the law asks. */
	public HopSteps steps(Dossier dossier, RouteHop hop) {
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		boolean council = awardTypes.councilRule(awardType.code(), hop.level(), dossier.submittedAt().toLocalDate())
			.isPresent();
		boolean posting = awardType.publicPosting() && hop.role() == HopRole.FORWARD
				&& durations.findForLevelOnly(LegalDurations.PUBLIC_POSTING, hop.level(), clock.today()).isPresent();
		return new HopSteps(council, posting);
	}

	/** {@code exclusionReason}: why the nominees left out are not proposed (the comment when null). */
	public record Appraisal(String outcome, String comment, List<Long> approvedNominees, String exclusionReason) {

		public Appraisal(String outcome, String comment, List<Long> approvedNominees) {
			this(outcome, comment, approvedNominees, null);
		}

	}

	public record AppraisalResult(String outcome, int remaining) {
	}

	/** {@code appraise} completed: APPROVE (with the nominees that go on), RETURN or REJECT, with reasons. */
	@Transactional
	public AppraisalResult recordAppraisal(String dossierId, int hopSeq, Appraisal input, TaskRef task) {
		String outcome = oneOf(input.outcome(), "outcome", APPROVE, RETURN, REJECT);
		if (!outcome.equals(APPROVE) && input.comment() == null) {
			throw new ReviewInputException("comment", "error.review.reason-required");
		}
		dossiers.lock(dossierId);
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		LocalDateTime now = clock.localNow();
		List<Nominee> pending = dossiers.pendingNominees(dossierId);
		switch (outcome) {
			case RETURN -> {
				dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(), DossierEventType.RETURNED,
						task.taskKey(), task.taskId(), input.comment());
				dossiers.setAppraisalOutcome(dossierId, hopSeq, RETURN);
				return new AppraisalResult(RETURN, pending.size());
			}
			case REJECT -> {
				for (Nominee n : pending) {
					drop(n, hopSeq, "APPRAISE", record("record.review.not-proposed-because", orgName(hop.orgCode()),
							input.comment()), now);
				}
				dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(), DossierEventType.REJECTED,
						task.taskKey(), task.taskId(), input.comment());
				dossiers.setAppraisalOutcome(dossierId, hopSeq, REJECT);
				dossiers.setHopOutcome(dossierId, hopSeq, LevelOutcome.REJECTED.name());
				return new AppraisalResult(REJECT, 0);
			}
			default -> {
				Set<Long> pendingIds = pending.stream().map(Nominee::id).collect(Collectors.toSet());
				List<Nominee> leftOut = dossiers.leftOutByAppraisal(dossierId, hopSeq);
				Set<Long> approved = input.approvedNominees() == null ? pendingIds
						: new HashSet<>(input.approvedNominees());
				for (Long id : approved) {
					if (!pendingIds.contains(id) && leftOut.stream().noneMatch(n -> n.id() == id)) {
						throw notPending("approvedNominees", dossierId, id);
					}
				}
				// put back: nominees this appraisal had left out before the dossier came back to it
				for (Nominee n : leftOut) {
					if (approved.contains(n.id())) {
						dossiers.reopenNominee(n.id());
					}
				}
				List<Nominee> considered = new ArrayList<>(pending);
				considered.addAll(leftOut.stream().filter(n -> approved.contains(n.id())).toList());
				if (approved.isEmpty()) {
					throw new ReviewInputException("approvedNominees", "error.review.none-approved");
				}
				List<String> goOn = new ArrayList<>();
				for (Nominee n : considered) {
					if (approved.contains(n.id())) {
						dossiers.addVerdict(n.id(), hopSeq, "APPRAISE", true, input.comment(), now);
						goOn.add(n.name());
					}
					else {
						String why = input.exclusionReason() != null ? input.exclusionReason() : input.comment();
						drop(n, hopSeq, "APPRAISE", why == null
								? record("record.review.not-proposed", orgName(hop.orgCode()))
								: record("record.review.not-proposed-because", orgName(hop.orgCode()), why), now);
					}
				}
				dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(), DossierEventType.APPRAISED,
						task.taskKey(), task.taskId(), record("record.review.appraised", goOn.size(), considered.size(),
								String.join(", ", goOn)) + (input.comment() == null ? "" : " " + input.comment()));
				dossiers.setAppraisalOutcome(dossierId, hopSeq, APPROVE);
				return new AppraisalResult(APPROVE, goOn.size());
			}
		}
	}

	/** After a RETURN: the dossier waits for the nominator's supplement until the legal deadline. */
	@Transactional
	public Date returnForSupplement(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		int days = durations.require(LegalDurations.SUPPLEMENT, hop.level(), clock.today()).workingDays();
		Date due = calendar.deadline(days);
		dossiers.updateStatus(dossierId, DossierStatus.RETURNED, clock.localNow());
		dossiers.setSupplementDue(dossierId, LocalDateTime.ofInstant(due.toInstant(), AppClock.ZONE));
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.RETURNED, hopSeq));
		return due;
	}

	/** The supplement arrived: back to the appraiser of the same hop. */
	@Transactional
	public void resume(String dossierId) {
		dossiers.updateStatus(dossierId, DossierStatus.IN_REVIEW, clock.localNow());
		dossiers.setSupplementDue(dossierId, null);
	}

	/** No supplement before the deadline: the hop ends EXPIRED. */
	@Transactional
	public void supplementExpired(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM,
				DossierEventType.SUPPLEMENT_EXPIRED, null, null, record("record.review.supplement-expired"));
		dossiers.setHopOutcome(dossierId, hopSeq, LevelOutcome.EXPIRED.name());
	}

	/** Every nominee was dropped at this hop (posting or council): nobody goes on; the hop ends REJECTED. */
	@Transactional
	public void closeWithoutNominees(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM,
				DossierEventType.NO_NOMINEE_LEFT, null, null, record("record.review.no-nominee-left"));
		dossiers.setHopOutcome(dossierId, hopSeq, LevelOutcome.REJECTED.name());
	}

	/** Starts the public posting of the nominees still proposed; returns when it ends. */
	@Transactional
	public Date startPosting(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		int days = durations.require(LegalDurations.PUBLIC_POSTING, hop.level(), clock.today()).workingDays();
		Date ends = calendar.deadline(days);
		dossiers.setPostingEnds(dossierId, hopSeq, LocalDateTime.ofInstant(ends.toInstant(), AppClock.ZONE));
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM, DossierEventType.POSTED,
				null, null, record("record.review.posted", days, DAY.format(calendar.toLocalDate(ends))));
		return ends;
	}

	/** An objection to a nominee during the posting: recorded, then a verification opens. */
	@Transactional
	public long receiveObjection(String dossierId, long nomineeId, String content) {
		Dossier dossier = dossiers.lock(dossierId);
		if (!workflow.postingOpen(dossierId)) {
			throw new DossierStateException("error.review.not-posted", dossierId);
		}
		if (dossiers.pendingNominees(dossierId).stream().noneMatch(n -> n.id() == nomineeId)) {
			throw new InvalidDossierException("nomineeId", "error.review.objection-nominee",
					nomineeLabel(dossierId, nomineeId), dossierId);
		}
		String text = Texts.lines("content", content, 4000);
		if (text == null) {
			throw new InvalidDossierException("content", "error.review.objection-empty");
		}
		long id = records.insertObjection(dossierId, nomineeId, text, clock.localNow());
		RouteHop hop = dossiers.hop(dossierId, dossier.currentHop());
		dossiers.addEvent(dossierId, clock.localNow(), hop.seq(), hop.orgCode(), Actors.SYSTEM,
				DossierEventType.OBJECTION_RECEIVED, null, null, record("record.review.objection-about", nomineeName(dossierId,
						nomineeId)));
		workflow.objection(dossierId);
		return id;
	}

	/** A verification task was created: it takes up the oldest objection not yet taken up. */
	@Transactional
	public void takeUpObjection(String dossierId, String taskId) {
		records.takeUpOldestObjection(dossierId, taskId);
	}

	/** {@code verifyObjection} completed: an upheld objection drops its nominee. */
	@Transactional
	public void recordObjectionVerdict(String dossierId, int hopSeq, boolean upheld, String comment, TaskRef task) {
		var objection = records.objectionOfTask(task.taskId());
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		LocalDateTime now = clock.localNow();
		records.recordObjectionVerdict(objection.id(), upheld, task.actor(), now, comment);
		String name = nomineeName(dossierId, objection.nomineeId());
		if (upheld) {
			dossiers.nominees(dossierId)
				.stream()
				.filter(n -> n.id() == objection.nomineeId() && n.status() == NomineeStatus.PENDING)
				.forEach(n -> drop(n, hopSeq, "OBJECTION", comment == null ? record("record.review.objection-upheld")
						: record("record.review.objection-upheld-because", comment), now));
		}
		dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(),
				upheld ? DossierEventType.OBJECTION_UPHELD : DossierEventType.OBJECTION_DISMISSED, task.taskKey(),
				task.taskId(), name + (comment == null ? "" : ": " + comment));
	}

	/** The posting is over and every objection verified: how many nominees are still proposed. */
	@Transactional
	public int tallyPosting(String dossierId) {
		int hopSeq = dossiers.require(dossierId).currentHop();
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		int remaining = dossiers.pendingNominees(dossierId).size();
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, hop.orgCode(), Actors.SYSTEM,
				DossierEventType.POSTING_ENDED, null, null, record("record.review.posting-ended", remaining));
		return remaining;
	}

	public record CouncilInput(int membersTotal, int membersPresent, Map<Long, Integer> votesFor, String comment) {
	}

	/** {@code councilVote} completed: nominees below the award type's threshold at this level are dropped. */
	@Transactional
	public int recordCouncilVote(String dossierId, int hopSeq, CouncilInput input, TaskRef task) {
		if (input.membersTotal() <= 0) {
			throw new ReviewInputException("membersTotal", "error.review.members-total");
		}
		if (input.membersPresent() > input.membersTotal()) {
			throw new ReviewInputException("membersPresent", "error.review.members-present", input.membersTotal());
		}
		Dossier dossier = dossiers.lock(dossierId);
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		CouncilRule rule = awardTypes.councilRule(dossier.awardType(), hop.level(), dossier.submittedAt().toLocalDate()).orElseThrow();
		if (!rule.quorate(input.membersTotal(), input.membersPresent())) {
			throw new ReviewInputException("membersPresent", "error.review.no-quorum", input.membersPresent(),
					input.membersTotal(), rule.quorumOf(input.membersTotal()), rule.quorumNumerator(),
					rule.quorumDenominator(), rule.quorumBasis());
		}
		List<Nominee> pending = dossiers.pendingNominees(dossierId);
		Set<Long> pendingIds = pending.stream().map(Nominee::id).collect(Collectors.toSet());
		for (var entry : input.votesFor().entrySet()) {
			if (!pendingIds.contains(entry.getKey())) {
				throw notPending("votesFor", dossierId, entry.getKey());
			}
			if (entry.getValue() < 0 || entry.getValue() > input.membersPresent()) {
				throw new ReviewInputException("votesFor", "error.review.votes-range",
						nomineeName(dossierId, entry.getKey()), input.membersPresent());
			}
		}
		LocalDateTime now = clock.localNow();
		List<VoteLine> lines = new ArrayList<>();
		List<String> passed = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (Nominee n : pending) {
			Integer votes = input.votesFor().get(n.id());
			if (votes == null) {
				throw new ReviewInputException("votesFor", "error.review.votes-missing", n.name());
			}
			boolean ok = rule.passes(votes, input.membersTotal(), input.membersPresent());
			lines.add(new VoteLine(n.id(), votes, ok));
			int base = CouncilRule.ALL_MEMBERS.equals(rule.thresholdBase()) ? input.membersTotal()
					: input.membersPresent();
			String tally = "%s (%d/%d)".formatted(n.name(), votes, base);
			if (ok) {
				dossiers.addVerdict(n.id(), hopSeq, "COUNCIL", true, tally, now);
				passed.add(tally);
			}
			else {
				drop(n, hopSeq, "COUNCIL", record("record.review.council-failed", orgName(hop.orgCode()), votes, base,
						rule.describeVi()), now);
				failed.add(tally);
			}
		}
		records.insertVote(dossierId, hopSeq, hop.orgCode(), input.membersTotal(), input.membersPresent(), rule,
				task.actor(), now, input.comment(), lines);
		dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(), DossierEventType.COUNCIL_VOTED,
				task.taskKey(), task.taskId(), voteSummary(input, passed, failed));
		return passed.size();
	}

	public record Signature(String outcome, String decisionNumber, String comment) {
	}

	/**
	 * {@code sign} completed: the deciding hop's leader signs the decision (a typed number must be free for the
	 * authority and year), any other hop's leader the submission upward; RETURN sends it back to the appraiser.
	 * Returns the hop's outcome, or null for RETURN.
	 */
	@Transactional
	public LevelOutcome recordSignature(String dossierId, int hopSeq, Signature input, TaskRef task) {
		String outcome = oneOf(input.outcome(), "outcome", SIGN, RETURN);
		dossiers.lock(dossierId);
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		LocalDateTime now = clock.localNow();
		if (outcome.equals(RETURN)) {
			if (input.comment() == null) {
				throw new ReviewInputException("comment", "error.review.return-reason-required");
			}
			if (input.decisionNumber() != null) {
				throw new ReviewInputException("decisionNumber", "error.review.number-only-when-signing");
			}
			dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(), DossierEventType.SIGN_RETURNED,
					task.taskKey(), task.taskId(), input.comment());
			dossiers.setSignOutcome(dossierId, hopSeq, RETURN);
			return null;
		}
		LevelOutcome result;
		if (hop.role() == HopRole.DECIDE) {
			if (input.decisionNumber() != null && !decisionNumbers.reserve(hop.orgCode(), now.getYear(),
					input.decisionNumber(), dossierId, task.actor(), now)) {
				throw new ReviewInputException("decisionNumber", "error.review.number-taken", input.decisionNumber(),
						orgName(hop.orgCode()), now.getYear());
			}
			dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(), DossierEventType.DECISION_SIGNED,
					task.taskKey(), task.taskId(), input.comment());
			result = LevelOutcome.DECIDED;
		}
		else {
			if (input.decisionNumber() != null) {
				throw new ReviewInputException("decisionNumber", "error.review.number-only-deciding",
						orgName(hop.orgCode()));
			}
			dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(), DossierEventType.SUBMISSION_SIGNED,
					task.taskKey(), task.taskId(), input.comment());
			result = LevelOutcome.FORWARDED;
		}
		dossiers.setSignOutcome(dossierId, hopSeq, SIGN);
		dossiers.setHopOutcome(dossierId, hopSeq, result.name());
		return result;
	}

	private void drop(Nominee nominee, int hopSeq, String step, String reason, LocalDateTime at) {
		dossiers.addVerdict(nominee.id(), hopSeq, step, false, reason, at);
		dossiers.closeNominee(nominee.id(), NomineeStatus.NOT_AWARDED, reason, hopSeq);
	}

	private String orgName(String code) {
		return orgs.find(code).map(OrgUnit::name).orElse(code);
	}

	/** A nominee id that is not, or no longer, under review in this dossier: named when it is one of its nominees. */
	private ReviewInputException notPending(String variable, String dossierId, long nomineeId) {
		return new ReviewInputException(variable, "error.review.nominee-not-pending", nomineeLabel(dossierId, nomineeId),
				dossierId);
	}

	/** The nominee's name, or "mã 86" (in the reader's language) for an id that is none of the dossier's. */
	private Object nomineeLabel(String dossierId, long nomineeId) {
		return findName(dossierId, nomineeId).<Object>map(name -> name)
			.orElse(new UserTexts.Text("error.review.nominee-code", nomineeId));
	}

	private java.util.Optional<String> findName(String dossierId, long nomineeId) {
		return dossiers.nominees(dossierId).stream().filter(n -> n.id() == nomineeId).map(Nominee::name).findFirst();
	}

	/** "Có mặt 9/9 thành viên. Đạt: … Không đạt: …" without an empty part. */
	private static String voteSummary(CouncilInput input, List<String> passed, List<String> failed) {
		StringBuilder text = new StringBuilder(record("record.review.council-present", input.membersPresent(),
				input.membersTotal()));
		if (!passed.isEmpty()) {
			text.append(' ').append(record("record.review.council-passed", String.join(", ", passed)));
		}
		if (!failed.isEmpty()) {
			text.append(' ').append(record("record.review.council-failed-list", String.join(", ", failed)));
		}
		if (passed.isEmpty() && failed.isEmpty()) {
			text.append(' ').append(record("record.review.council-nobody"));
		}
		return input.comment() == null ? text.toString() : text + " " + input.comment();
	}

	/** A text kept in the dossier's records (timeline, verdicts): Vietnamese, as the records are. */
	private static String record(String key, Object... args) {
		return UserTexts.text(WebConfiguration.VIETNAMESE, key, args);
	}

	private String nomineeName(String dossierId, long nomineeId) {
		return findName(dossierId, nomineeId).orElse(Long.toString(nomineeId));
	}

	private static String oneOf(String value, String variable, String... allowed) {
		if (value == null) {
			throw new ReviewInputException(variable, "error.review.required-choice", String.join(", ", allowed));
		}
		for (String candidate : allowed) {
			if (candidate.equals(value)) {
				return value;
			}
		}
		throw new ReviewInputException(variable, "error.review.not-a-choice", String.join(", ", allowed), value);
	}

}
