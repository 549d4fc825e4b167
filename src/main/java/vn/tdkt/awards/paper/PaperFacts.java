package vn.tdkt.awards.paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.identity.CamundaIdentityAuthenticationProvider;
import vn.tdkt.awards.legal.LegalBases;
import vn.tdkt.awards.movement.Movement;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;

/**
 * What every paper takes from the registry and the reference data, so that no value is typed twice: the issuing
 * body's header, the legal bases in force on the paper's date, the movement's plan, the signer's name, the nominees
 * by kind.
 */
@Component
class PaperFacts {

	/** A nominee as the lists attached to papers show it. */
	record Line(int index, String name, String position, String orgName) {
	}

	/** Nominees of one kind under their heading ("I. TẬP THỂ"). */
	record Group(String heading, List<Line> lines) {
	}

	/** The signature block: position (upper case), the signer's name. */
	record Signer(String position, String name) {
	}

	private final LegalBases legalBases;

	private final OrgRepository orgs;

	private final MovementRepository movements;

	private final AwardTypeRepository awardTypes;

	private final CamundaIdentityAuthenticationProvider users;

	PaperFacts(LegalBases legalBases, OrgRepository orgs, MovementRepository movements, AwardTypeRepository awardTypes,
			CamundaIdentityAuthenticationProvider users) {
		this.legalBases = legalBases;
		this.orgs = orgs;
		this.movements = movements;
		this.awardTypes = awardTypes;
		this.users = users;
	}

	OrgUnit org(String code) {
		return orgs.find(code).orElseThrow(() -> new IllegalStateException("No org " + code));
	}

	AwardType awardType(Dossier dossier) {
		return awardTypes.find(dossier.awardType()).orElseThrow();
	}

	Optional<Movement> movement(Dossier dossier) {
		return dossier.movement() == null ? Optional.empty() : movements.find(dossier.movement());
	}

	/** The issuing body's header lines (bold on the paper). */
	List<String> issuer(OrgUnit org) {
		return VietnameseText.lines(org.issuer() != null ? org.issuer() : VietnameseText.upper(org.name()));
	}

	/** The superior body's lines over it (regular), or none. */
	List<String> issuerParent(OrgUnit org) {
		return org.issuerParent() == null ? List.of() : VietnameseText.lines(org.issuerParent());
	}

	String place(OrgUnit org) {
		return org.place() != null ? org.place() : org.name();
	}

	Signer signer(OrgUnit org, String userId) {
		String position = org.leaderPosition() != null ? org.leaderPosition() : org.leaderTitle();
		String name;
		try {
			name = users.load(userId).displayName();
		}
		catch (RuntimeException ex) {
			name = userId;
		}
		return new Signer(VietnameseText.upper(position), name);
	}

	/**
	 * "Căn cứ ...;" lines of a paper issued by the org on the date: the laws and decrees in force then that papers of
	 * its level cite (the Law on local government for People's Committees, the Law on the Government for the Prime
	 * Minister) and its province's own regulation, then the movement's plan when the issuer is the plan's author or
	 * under it (a Prime Minister's decision does not cite a province's plan).
	 */
	List<String> bases(OrgUnit issuer, LocalDate date, Optional<Movement> movement) {
		List<OrgUnit> above = orgs.pathToRoot(issuer.code());
		String province = above.stream().filter(o -> o.level() == OrgLevel.PROVINCE).map(OrgUnit::code).findFirst()
			.orElse(null);
		List<String> bases = new ArrayList<>(legalBases.texts(date, issuer.level(), province)
			.stream()
			.map(text -> "Căn cứ " + text + ";")
			.toList());
		movement.filter(m -> m.planNumber() != null)
			.filter(m -> above.stream().anyMatch(o -> o.code().equals(m.launchedBy())))
			.ifPresent(m -> {
				String launcher = orgs.find(m.launchedBy()).map(OrgUnit::name).orElse(m.launchedBy());
				bases.add("Căn cứ Kế hoạch số %s%s của %s về tổ chức thực hiện phong trào thi đua “%s”;".formatted(
						m.planNumber(), m.planDate() == null ? "" : " " + VietnameseText.date(m.planDate()), launcher,
						m.name()));
			});
		return bases;
	}

	/** What the awarded did, as papers say it: the movement and the year, or the year. */
	String achievement(Dossier dossier) {
		return movement(dossier)
			.map(m -> "đã có thành tích xuất sắc trong phong trào thi đua “%s” năm %d".formatted(m.name(), dossier.year()))
			.orElse("đã có thành tích xuất sắc năm %d".formatted(dossier.year()));
	}

	/** The nominees by kind, collectives first, numbered within each kind. */
	static List<Group> groups(List<Nominee> nominees) {
		List<Group> groups = new ArrayList<>();
		String[] numerals = { "I", "II", "III" };
		int g = 0;
		for (SubjectType type : List.of(SubjectType.TAP_THE, SubjectType.CA_NHAN, SubjectType.HO_GIA_DINH)) {
			List<Line> lines = new ArrayList<>();
			for (Nominee n : nominees) {
				if (n.subjectType() == type) {
					lines.add(new Line(lines.size() + 1, n.name(), n.position(), n.orgName()));
				}
			}
			if (!lines.isEmpty()) {
				groups.add(new Group(numerals[g++] + ". " + VietnameseText.upper(type.label()), lines));
			}
		}
		return groups;
	}

	static String counts(List<Nominee> nominees) {
		return SubjectType.counts(count(nominees, SubjectType.TAP_THE), count(nominees, SubjectType.CA_NHAN),
				count(nominees, SubjectType.HO_GIA_DINH));
	}

	private static long count(List<Nominee> nominees, SubjectType type) {
		return nominees.stream().filter(n -> n.subjectType() == type).count();
	}

}
