package vn.tdkt.awards.nomination;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.legal.IntakeDeadlines.IntakeDeadline;
import vn.tdkt.awards.legal.IntakeDeadlines;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.UserTexts;

/**
 * What a submission must be before anything is written: a known award type and movement, a year the movement covers
 * and the law still takes, a title, nominees the award type allows, each well formed. A refusal names the field.
 */
@Component
class SubmissionChecks {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AwardTypeRepository awardTypes;

	private final MovementRepository movements;

	private final IntakeDeadlines intakeDeadlines;

	private final AppClock clock;

	SubmissionChecks(AwardTypeRepository awardTypes, MovementRepository movements, IntakeDeadlines intakeDeadlines,
			AppClock clock) {
		this.awardTypes = awardTypes;
		this.movements = movements;
		this.intakeDeadlines = intakeDeadlines;
		this.clock = clock;
	}

	/** Refuses a dossier that comes after the last day the law gives its award type (CSTĐ toàn quốc: 31/12 of Y+1). */
	void withinIntakeDeadlines(AwardType awardType, int year) {
		LocalDate today = clock.today();
		for (IntakeDeadline deadline : intakeDeadlines.inForce(awardType.code(), today)) {
			LocalDate lastDay = deadline.lastDayFor(year);
			if (today.isAfter(lastDay)) {
				Locale locale = UserTexts.currentLocale();
				throw new InvalidDossierException("year", "error.nomination.intake-deadline-passed",
						awardType.name(locale), year, OrgLevel.valueOf(deadline.orgLevel()).receiver(locale),
						lastDay.format(DAY), deadline.legalBasis());
			}
		}
	}

	/** The award type of a valid submission; the first thing wrong is refused, naming its field. */
	AwardType validate(SubmitDossier command) {
		AwardType awardType = command.awardType() == null ? null : awardTypes.find(command.awardType()).orElse(null);
		if (awardType == null) {
			throw new InvalidDossierException("awardType", "error.nomination.unknown-award-type", command.awardType());
		}
		checkMovementKindAndYear(command);
		withinIntakeDeadlines(awardType, command.year());
		if (!StringUtils.hasText(command.title())) {
			throw new InvalidDossierException("title", "error.nomination.title-missing");
		}
		if (command.nominees() == null || command.nominees().isEmpty()) {
			throw new InvalidDossierException("nominees", "error.nomination.no-nominees");
		}
		if (command.nominees().size() > DossierService.MAX_NOMINEES) {
			throw new InvalidDossierException("nominees", "error.nomination.too-many-nominees", DossierService.MAX_NOMINEES);
		}
		for (int i = 0; i < command.nominees().size(); i++) {
			checkNominee(awardType, command.nominees().get(i), "nominees[%d]".formatted(i));
		}
		return awardType;
	}

	/** One nominee: a subject type the award allows, a name, a well-formed CCCD, gender and birth date. */
	private void checkNominee(AwardType awardType, NewNominee n, String field) {
		if (n == null || n.subjectType() == null) {
			throw new InvalidDossierException(field + ".subjectType", "error.nomination.subject-type-missing");
		}
		if (!awardType.allows(n.subjectType())) {
			Locale locale = UserTexts.currentLocale();
			throw new InvalidDossierException(field + ".subjectType", "error.nomination.subject-not-allowed",
					awardType.name(locale), n.subjectType().label(locale));
		}
		if (!StringUtils.hasText(n.name())) {
			throw new InvalidDossierException(field + ".name", "error.nomination.nominee-name-missing");
		}
		if (StringUtils.hasText(n.idNumber()) && !n.idNumber().trim().matches("\\d{9}|\\d{12}")) {
			throw new InvalidDossierException(field + ".idNumber", "error.nomination.id-number-invalid", n.idNumber());
		}
		if (n.gender() != null && n.subjectType() != SubjectType.CA_NHAN) {
			throw new InvalidDossierException(field + ".gender", "error.nomination.gender-individuals-only");
		}
		if (n.birthDate() != null && !n.birthDate().isBefore(clock.today())) {
			throw new InvalidDossierException(field + ".birthDate", "error.nomination.birth-date-future");
		}
	}

	/** A known movement whose period covers the year, a kind (a movement's when PHONG_TRAO), a plausible year. */
	private void checkMovementKindAndYear(SubmitDossier command) {
		if (StringUtils.hasText(command.movement()) && movements.find(command.movement()).isEmpty()) {
			throw new InvalidDossierException("movement", "error.nomination.unknown-movement", command.movement());
		}
		var movement = StringUtils.hasText(command.movement()) ? movements.find(command.movement()) : java.util.Optional.<vn.tdkt.awards.movement.Movement>empty();
		if (movement.isPresent() && command.year() != null && !movement.get().covers(command.year())) {
			throw new InvalidDossierException("year", "error.nomination.year-outside-movement", command.year(),
					movement.get().name(), movement.get().periodFrom(), movement.get().periodTo());
		}
		if (command.kind() == null) {
			throw new InvalidDossierException("kind", "error.nomination.kind-missing");
		}
		if (command.kind() == CommendationKind.PHONG_TRAO && !StringUtils.hasText(command.movement())) {
			throw new InvalidDossierException("movement", "error.nomination.movement-required");
		}
		int thisYear = clock.today().getYear();
		if (command.year() == null || command.year() < 1945 || command.year() > thisYear + 1) {
			throw new InvalidDossierException("year", "error.nomination.invalid-year", command.year());
		}
	}

}
