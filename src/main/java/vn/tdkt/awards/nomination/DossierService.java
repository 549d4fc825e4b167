package vn.tdkt.awards.nomination;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.workflow.DossierWorkflow;

/**
 * What nominators do with dossiers: submit, supplement, withdraw; and the dossier-wide steps of the main process
 * (register, forward, close). Every action runs in one transaction with the engine, so a refused request leaves
 * nothing behind.
 */
@Service
public class DossierService {

	static final int MAX_NOMINEES = 500;

	private final DossierRepository dossiers;

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	private final MovementRepository movements;

	private final RoutePlanner routePlanner;

	private final DossierWorkflow workflow;

	private final AppClock clock;

	private final ApplicationEventPublisher events;

	public DossierService(DossierRepository dossiers, AwardTypeRepository awardTypes, OrgRepository orgs,
			MovementRepository movements, RoutePlanner routePlanner, DossierWorkflow workflow, AppClock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
		this.movements = movements;
		this.routePlanner = routePlanner;
		this.workflow = workflow;
		this.clock = clock;
	}

	/** Submits a dossier and starts its process; returns the dossier id (the existing one for a repeated key). */
	@Transactional
	public String submit(SubmitDossier command, AppUser user) {
		if (command.submittingOrg() == null || orgs.find(command.submittingOrg()).isEmpty()) {
			throw new InvalidDossierException("submittingOrg", "Không có đơn vị mã " + command.submittingOrg());
		}
		if (!DossierScope.of(user).canSubmitFor(command.submittingOrg())) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Người dùng %s không phải cán bộ thi đua của đơn vị %s".formatted(user.id(), command.submittingOrg()));
		}
		if (StringUtils.hasText(command.idempotencyKey())) {
			var existing = dossiers.findByIdempotencyKey(command.submittingOrg(), command.idempotencyKey());
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		AwardType awardType = validate(command);
		LocalDateTime now = clock.localNow();
		String id = dossiers.nextId(command.year());
		dossiers.insert(new Dossier(id, command.year(), awardType.code(), blankToNull(command.movement()),
				command.kind().name(), command.title().trim(), command.submittingOrg(), 0, DossierStatus.SUBMITTED,
				user.id(), now, null, null, null), blankToNull(command.idempotencyKey()));
		int seq = 1;
		for (NewNominee n : command.nominees()) {
			dossiers.insertNominee(id, seq++, n.subjectType(), n.name().trim(), blankToNull(n.position()),
					blankToNull(n.orgName()), blankToNull(n.achievements()), blankToNull(n.idNumber()), n.birthDate());
		}
		dossiers.setProcessInstance(id, workflow.start(id));
		return id;
	}

	public java.util.Optional<String> findByIdempotencyKey(String submittingOrg, String key) {
		return key == null ? java.util.Optional.empty() : dossiers.findByIdempotencyKey(submittingOrg, key);
	}

	/**
	 * The process's first step: computes and records the route and opens the timeline. Returns the first hop that
	 * reviews.
	 */
	@Transactional
	public int register(String dossierId) {
		Dossier dossier = dossiers.lock(dossierId);
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		List<RouteHop> route = routePlanner.plan(dossier.submittingOrg(), awardType);
		dossiers.insertRoute(dossierId, route);
		int first = route.stream().filter(RouteHop::reviews).findFirst().orElseThrow().seq();
		dossiers.setCurrentHop(dossierId, first);
		dossiers.addEvent(dossierId, clock.localNow(), 0, dossier.submittingOrg(), dossier.submittedBy(),
				DossierEventType.SUBMITTED, null, null, dossier.title());
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.RECEIVED, first));
		return first;
	}

	/** Moves the dossier from its hop, whose leader signed the submission, to the next hop; returns that hop. */
	@Transactional
	public int forward(String dossierId) {
		int fromHop = dossiers.lock(dossierId).currentHop();
		RouteHop next = dossiers.hop(dossierId, fromHop + 1);
		dossiers.setCurrentHop(dossierId, next.seq());
		dossiers.addEvent(dossierId, clock.localNow(), fromHop, dossiers.hop(dossierId, fromHop).orgCode(),
				Actors.SYSTEM, DossierEventType.FORWARDED, null, null, next.orgCode());
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.FORWARDED, next.seq()));
		return next.seq();
	}

	/** Closes a dossier no level proposed further: every nominee still pending is not awarded. */
	@Transactional
	public void closeRejected(String dossierId) {
		close(dossierId, DossierStatus.REJECTED, DossierEventType.CLOSED_REJECTED, "Không được đề nghị khen thưởng");
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.REJECTED,
				dossiers.require(dossierId).currentHop()));
	}

	/** Closes a dossier not supplemented in time. */
	@Transactional
	public void expire(String dossierId) {
		close(dossierId, DossierStatus.EXPIRED, DossierEventType.EXPIRED, "Hồ sơ không được bổ sung đúng hạn");
		events.publishEvent(new DossierMilestone(dossierId, DossierMilestone.Milestone.EXPIRED,
				dossiers.require(dossierId).currentHop()));
	}

	/** Closes a withdrawn dossier (called by the process after the withdrawal message). */
	@Transactional
	public void markWithdrawn(String dossierId) {
		close(dossierId, DossierStatus.WITHDRAWN, DossierEventType.WITHDRAWN, "Đơn vị đã rút hồ sơ");
	}

	/** A correction of a nominee still under review, sent with a supplement; null fields stay as they are. */
	public record NomineeChange(Long id, String name, String position, String orgName, String achievements) {
	}

	/** The nominator answers a RETURN: the dossier goes back to the appraiser who returned it. */
	@Transactional
	public void supplement(String dossierId, String comment, AppUser user) {
		supplement(dossierId, comment, List.of(), user);
	}

	/** The nominator answers a RETURN, correcting nominees; documents are added beforehand. */
	@Transactional
	public void supplement(String dossierId, String comment, List<NomineeChange> changes, AppUser user) {
		length("comment", comment, TEXT_LENGTH);
		Dossier dossier = dossiers.lock(dossierId);
		if (dossier.status() != DossierStatus.RETURNED) {
			throw new DossierStateException(
					"Hồ sơ %s không ở trạng thái chờ bổ sung (trạng thái: %s)".formatted(dossierId, dossier.status()));
		}
		var pending = dossiers.pendingNominees(dossierId).stream().map(Nominee::id).toList();
		for (int i = 0; i < changes.size(); i++) {
			NomineeChange change = changes.get(i);
			if (change.id() == null || !pending.contains(change.id())) {
				throw new InvalidDossierException("nominees[%d].id".formatted(i),
						"%s không phải người được đề nghị còn đang xét của hồ sơ %s".formatted(change.id(), dossierId));
			}
			if (change.name() != null && change.name().isBlank()) {
				throw new InvalidDossierException("nominees[%d].name".formatted(i), "Tên không được để trống");
			}
			nomineeLengths("nominees[%d]".formatted(i), change.name(), change.position(), change.orgName(),
					change.achievements());
			dossiers.updateNominee(change.id(), blankToNull(change.name()), blankToNull(change.position()),
					blankToNull(change.orgName()), blankToNull(change.achievements()));
		}
		dossiers.addEvent(dossierId, clock.localNow(), dossier.currentHop(), dossier.submittingOrg(), user.id(),
				DossierEventType.SUPPLEMENTED, null, null, comment);
		workflow.supplement(dossierId);
	}

	/** The nominator withdraws the dossier: allowed until the deciding leader has signed the decision. */
	@Transactional
	public void withdraw(String dossierId, String reason, AppUser user) {
		length("reason", reason, TEXT_LENGTH);
		Dossier dossier = dossiers.lock(dossierId);
		if (dossier.status().isFinal() || dossiers.lastEvent(dossierId, DossierEventType.DECISION_SIGNED).isPresent()) {
			throw new DossierStateException(
					"Hồ sơ %s đã có quyết định hoặc đã kết thúc, không thể rút (trạng thái: %s)".formatted(dossierId,
							dossier.status()));
		}
		dossiers.addEvent(dossierId, clock.localNow(), dossier.currentHop(), dossier.submittingOrg(), user.id(),
				DossierEventType.WITHDRAWN, null, null, reason);
		workflow.withdraw(dossierId);
	}

	private void close(String dossierId, DossierStatus status, DossierEventType event, String reason) {
		Dossier dossier = dossiers.lock(dossierId);
		LocalDateTime now = clock.localNow();
		for (Nominee nominee : dossiers.pendingNominees(dossierId)) {
			dossiers.closeNominee(nominee.id(), NomineeStatus.NOT_AWARDED, reason, dossier.currentHop());
		}
		dossiers.updateStatus(dossierId, status, now);
		if (event != DossierEventType.WITHDRAWN) {
			RouteHop hop = dossiers.hop(dossierId, dossier.currentHop());
			dossiers.addEvent(dossierId, now, hop.seq(), hop.orgCode(), Actors.SYSTEM, event, null, null, reason);
		}
	}

	private AwardType validate(SubmitDossier command) {
		AwardType awardType = command.awardType() == null ? null : awardTypes.find(command.awardType()).orElse(null);
		if (awardType == null) {
			throw new InvalidDossierException("awardType", "Không có loại hình khen thưởng mã " + command.awardType());
		}
		if (StringUtils.hasText(command.movement()) && movements.find(command.movement()).isEmpty()) {
			throw new InvalidDossierException("movement", "Không có phong trào thi đua mã " + command.movement());
		}
		if (command.kind() == null) {
			throw new InvalidDossierException("kind", "Chưa chọn loại hình khen thưởng (công trạng, đột xuất, phong trào...)");
		}
		if (command.kind() == CommendationKind.PHONG_TRAO && !StringUtils.hasText(command.movement())) {
			throw new InvalidDossierException("movement", "Khen thưởng theo phong trào phải chọn phong trào thi đua");
		}
		int thisYear = clock.today().getYear();
		if (command.year() == null || command.year() < 1945 || command.year() > thisYear + 1) {
			throw new InvalidDossierException("year", "Năm khen thưởng không hợp lệ: " + command.year());
		}
		if (!StringUtils.hasText(command.title())) {
			throw new InvalidDossierException("title", "Chưa nhập trích yếu hồ sơ");
		}
		length("title", command.title(), TITLE_LENGTH);
		length("idempotencyKey", command.idempotencyKey(), 100);
		if (command.nominees() == null || command.nominees().isEmpty()) {
			throw new InvalidDossierException("nominees", "Hồ sơ phải có ít nhất một tập thể, cá nhân được đề nghị");
		}
		if (command.nominees().size() > MAX_NOMINEES) {
			throw new InvalidDossierException("nominees", "Một hồ sơ có tối đa %d người được đề nghị".formatted(MAX_NOMINEES));
		}
		for (int i = 0; i < command.nominees().size(); i++) {
			NewNominee n = command.nominees().get(i);
			String field = "nominees[%d]".formatted(i);
			if (n == null || n.subjectType() == null) {
				throw new InvalidDossierException(field + ".subjectType", "Chưa chọn đối tượng (cá nhân, tập thể, hộ gia đình)");
			}
			if (!awardType.allows(n.subjectType())) {
				throw new InvalidDossierException(field + ".subjectType", "%s không xét tặng cho %s"
					.formatted(awardType.nameVi(), n.subjectType().label()));
			}
			if (!StringUtils.hasText(n.name())) {
				throw new InvalidDossierException(field + ".name", "Chưa nhập tên người/tập thể được đề nghị");
			}
			nomineeLengths(field, n.name(), n.position(), n.orgName(), n.achievements());
			if (StringUtils.hasText(n.idNumber()) && !n.idNumber().trim().matches("\\d{9}|\\d{12}")) {
				throw new InvalidDossierException(field + ".idNumber",
						"Số định danh cá nhân '%s' phải gồm 12 chữ số (hoặc CMND 9 chữ số)".formatted(n.idNumber()));
			}
			if (n.birthDate() != null && !n.birthDate().isBefore(clock.today())) {
				throw new InvalidDossierException(field + ".birthDate", "Ngày sinh phải là một ngày đã qua");
			}
		}
		return awardType;
	}

	static final int TITLE_LENGTH = 500;

	static final int NAME_LENGTH = 255;

	static final int TEXT_LENGTH = 4000;

	/** The columns' lengths, checked where the input enters (API, pages and Java callers alike). */
	private static void nomineeLengths(String field, String name, String position, String orgName, String achievements) {
		length(field + ".name", name, NAME_LENGTH);
		length(field + ".position", position, NAME_LENGTH);
		length(field + ".orgName", orgName, NAME_LENGTH);
		length(field + ".achievements", achievements, TEXT_LENGTH);
	}

	private static void length(String field, String value, int max) {
		if (value != null && value.trim().length() > max) {
			throw new InvalidDossierException(field, "Dài quá %d ký tự (%d)".formatted(max, value.trim().length()));
		}
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

}
