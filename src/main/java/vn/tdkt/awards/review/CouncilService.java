package vn.tdkt.awards.review;

import static vn.tdkt.awards.review.StepSupport.record;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.CouncilRule;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.review.ReviewRecords.VoteLine;
import vn.tdkt.awards.system.AppClock;

/**
 * The emulation council's vote at a hop (BPMN level-review: user task {@code councilVote}, "Ghi nhận kết quả bỏ phiếu
 * của Hội đồng"): quorum and thresholds from the award type's council rule in force on the submission's date.
 */
@Service
public class CouncilService {

	private final DossierLifecycle dossiers;

	private final AwardTypeRepository awardTypes;

	private final ReviewRecords records;

	private final AppClock clock;

	private final StepSupport support;

	CouncilService(DossierLifecycle dossiers, AwardTypeRepository awardTypes, ReviewRecords records, AppClock clock,
			StepSupport support) {
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.records = records;
		this.clock = clock;
		this.support = support;
	}

	public record CouncilInput(int membersTotal, int membersPresent, Map<Long, Integer> votesFor, String comment) {
	}

	/** The names with their tally, of those who passed and of those who did not. */
	private record Tally(List<VoteLine> lines, List<String> passed, List<String> failed) {
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
		CouncilRule rule = quorateRule(dossier, hop, input);
		List<Nominee> pending = dossiers.pendingNominees(dossierId);
		checkVotes(dossierId, pending, input);
		LocalDateTime now = clock.localNow();
		Tally tally = tally(hop, rule, pending, input, now);
		records.insertVote(dossierId, hopSeq, hop.orgCode(), input.membersTotal(), input.membersPresent(), rule,
				task.actor(), now, input.comment(), tally.lines());
		dossiers.addEvent(dossierId, now, hopSeq, hop.orgCode(), task.actor(), DossierEventType.COUNCIL_VOTED,
				task.taskKey(), task.taskId(), summary(input, tally));
		return tally.passed().size();
	}

	/** The rule of the award type at the hop's level, refused when the members present are no quorum. */
	private CouncilRule quorateRule(Dossier dossier, RouteHop hop, CouncilInput input) {
		CouncilRule rule = awardTypes.councilRule(dossier.awardType(), hop.level(), dossier.submittedAt().toLocalDate())
			.orElseThrow();
		if (!rule.quorate(input.membersTotal(), input.membersPresent())) {
			throw new ReviewInputException("membersPresent", "error.review.no-quorum", input.membersPresent(),
					input.membersTotal(), rule.quorumOf(input.membersTotal()), rule.quorumNumerator(),
					rule.quorumDenominator(), rule.quorumBasis());
		}
		return rule;
	}

	/** Votes only for nominees still under review, between none and the members present, and for each of them. */
	private void checkVotes(String dossierId, List<Nominee> pending, CouncilInput input) {
		Set<Long> pendingIds = pending.stream().map(Nominee::id).collect(Collectors.toSet());
		for (var entry : input.votesFor().entrySet()) {
			if (!pendingIds.contains(entry.getKey())) {
				throw support.notPending("votesFor", dossierId, entry.getKey());
			}
			if (entry.getValue() < 0 || entry.getValue() > input.membersPresent()) {
				throw new ReviewInputException("votesFor", "error.review.votes-range",
						support.nomineeName(dossierId, entry.getKey()), input.membersPresent());
			}
		}
		for (Nominee n : pending) {
			if (!input.votesFor().containsKey(n.id())) {
				throw new ReviewInputException("votesFor", "error.review.votes-missing", n.name());
			}
		}
	}

	/** Each nominee's verdict: passed goes on, failed is dropped with the rule it missed. */
	private Tally tally(RouteHop hop, CouncilRule rule, List<Nominee> pending, CouncilInput input, LocalDateTime now) {
		Tally tally = new Tally(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		int base = CouncilRule.ALL_MEMBERS.equals(rule.thresholdBase()) ? input.membersTotal() : input.membersPresent();
		for (Nominee n : pending) {
			int votes = input.votesFor().get(n.id());
			boolean ok = rule.passes(votes, input.membersTotal(), input.membersPresent());
			tally.lines().add(new VoteLine(n.id(), votes, ok));
			String line = "%s (%d/%d)".formatted(n.name(), votes, base);
			if (ok) {
				dossiers.addVerdict(n.id(), hop.seq(), "COUNCIL", true, line, now);
				tally.passed().add(line);
			}
			else {
				support.drop(n, hop.seq(), "COUNCIL", record("record.review.council-failed",
						support.orgName(hop.orgCode()), votes, base, rule.describeVi()), now);
				tally.failed().add(line);
			}
		}
		return tally;
	}

	/** "Có mặt 9/9 thành viên. Đạt: … Không đạt: …" without an empty part. */
	private static String summary(CouncilInput input, Tally tally) {
		StringBuilder text = new StringBuilder(record("record.review.council-present", input.membersPresent(),
				input.membersTotal()));
		if (!tally.passed().isEmpty()) {
			text.append(' ').append(record("record.review.council-passed", String.join(", ", tally.passed())));
		}
		if (!tally.failed().isEmpty()) {
			text.append(' ').append(record("record.review.council-failed-list", String.join(", ", tally.failed())));
		}
		if (tally.passed().isEmpty() && tally.failed().isEmpty()) {
			text.append(' ').append(record("record.review.council-nobody"));
		}
		return input.comment() == null ? text.toString() : text + " " + input.comment();
	}

}
