package vn.tdkt.awards.nomination;

import java.util.ArrayList;
import java.util.List;

import vn.tdkt.awards.award.SubjectType;

/** The new-dossier page's form (mutable for binding). */
public class DossierForm {

	private String submittingOrg;

	private String awardType;

	private String movement;

	private CommendationKind kind = CommendationKind.CONG_TRANG;

	private Integer year;

	private String title;

	private List<NomineeRow> nominees = new ArrayList<>(List.of(new NomineeRow()));

	public static class NomineeRow {

		private SubjectType subjectType = SubjectType.CA_NHAN;

		private String name;

		private String position;

		private String orgName;

		private String achievements;

		private String idNumber;

		@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
		private java.time.LocalDate birthDate;

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public java.time.LocalDate getBirthDate() {
			return birthDate;
		}

		private Gender gender;

		public Gender getGender() {
			return gender;
		}

		public void setGender(Gender gender) {
			this.gender = gender;
		}

		public void setBirthDate(java.time.LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		public SubjectType getSubjectType() {
			return subjectType;
		}

		public void setSubjectType(SubjectType subjectType) {
			this.subjectType = subjectType;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPosition() {
			return position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

		public String getOrgName() {
			return orgName;
		}

		public void setOrgName(String orgName) {
			this.orgName = orgName;
		}

		public String getAchievements() {
			return achievements;
		}

		public void setAchievements(String achievements) {
			this.achievements = achievements;
		}

		boolean isBlank() {
			return (name == null || name.isBlank()) && (position == null || position.isBlank())
					&& (orgName == null || orgName.isBlank()) && (achievements == null || achievements.isBlank());
		}

	}

	SubmitDossier toCommand(String idempotencyKey) {
		return new SubmitDossier(submittingOrg, awardType, movement, kind, year, title,
				nominees.stream()
					.filter(n -> !n.isBlank())
					.map(n -> new SubmitDossier.NewNominee(n.subjectType, n.name, n.position, n.orgName, n.achievements,
							n.idNumber, n.birthDate, n.subjectType == SubjectType.CA_NHAN ? n.gender : null))
					.toList(),
				idempotencyKey);
	}

	public String getSubmittingOrg() {
		return submittingOrg;
	}

	public void setSubmittingOrg(String submittingOrg) {
		this.submittingOrg = submittingOrg;
	}

	public String getAwardType() {
		return awardType;
	}

	public void setAwardType(String awardType) {
		this.awardType = awardType;
	}

	public String getMovement() {
		return movement;
	}

	public void setMovement(String movement) {
		this.movement = movement;
	}

	public CommendationKind getKind() {
		return kind;
	}

	public void setKind(CommendationKind kind) {
		this.kind = kind;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public List<NomineeRow> getNominees() {
		return nominees;
	}

	public void setNominees(List<NomineeRow> nominees) {
		this.nominees = nominees;
	}

}
