package vn.tdkt.awards.nomination;

import java.util.List;

import vn.tdkt.awards.award.SubjectType;

/** What a nominator submits. {@code idempotencyKey}: a repeat with the same key returns the same dossier. */
public record SubmitDossier(String submittingOrg, String awardType, String movement, CommendationKind kind, Integer year,
		String title, List<NewNominee> nominees, String idempotencyKey) {

	/**
	 * @param idNumber the personal ID number (CCCD, 12 digits), optional: it links the nominee to its history
	 * @param birthDate optional, used with the name and org to find the history when there is no ID number
	 * @param gender optional, individuals only: how certificates address the person
	 */
	public record NewNominee(SubjectType subjectType, String name, String position, String orgName,
			String achievements, String idNumber, java.time.LocalDate birthDate, Gender gender) {

		public NewNominee(SubjectType subjectType, String name, String position, String orgName, String achievements) {
			this(subjectType, name, position, orgName, achievements, null, null, null);
		}

		public NewNominee(SubjectType subjectType, String name, String position, String orgName, String achievements,
				String idNumber, java.time.LocalDate birthDate) {
			this(subjectType, name, position, orgName, achievements, idNumber, birthDate, null);
		}

	}

	/** What a submit asks for, as one digest (the key itself excluded): equal requests, equal fingerprints. */
	String fingerprint() {
		SubmitDossier command = this;
		StringBuilder text = new StringBuilder();
		java.util.function.Consumer<Object> add = v -> text.append(v == null ? "\u0000" : v.toString()).append('\u001f');
		add.accept(command.submittingOrg());
		add.accept(command.awardType());
		add.accept(command.movement());
		add.accept(command.kind());
		add.accept(command.year());
		add.accept(command.title());
		for (NewNominee n : command.nominees()) {
			add.accept(n.subjectType());
			add.accept(n.name());
			add.accept(n.position());
			add.accept(n.orgName());
			add.accept(n.achievements());
			add.accept(n.idNumber());
			add.accept(n.birthDate());
			if (n.gender() != null) {
				// only when given: a key's fingerprint from before genders existed stays the same
				add.accept(n.gender());
			}
		}
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Text as it enters: NFC, no invisible or control characters, within its column (Texts); blanks as null. */
	SubmitDossier cleaned() {
		SubmitDossier c = this;
		List<NewNominee> nominees = c.nominees() == null ? null : new java.util.ArrayList<>();
		if (c.nominees() != null) {
			for (int i = 0; i < c.nominees().size(); i++) {
				NewNominee n = c.nominees().get(i);
				String field = "nominees[%d]".formatted(i);
				nominees.add(n == null ? null : new NewNominee(n.subjectType(), vn.tdkt.awards.system.Texts.line(field + ".name", n.name(), DossierService.NAME_LENGTH),
						vn.tdkt.awards.system.Texts.line(field + ".position", n.position(), DossierService.NAME_LENGTH),
						vn.tdkt.awards.system.Texts.line(field + ".orgName", n.orgName(), DossierService.NAME_LENGTH),
						vn.tdkt.awards.system.Texts.lines(field + ".achievements", n.achievements(), DossierService.TEXT_LENGTH),
						vn.tdkt.awards.system.Texts.line(field + ".idNumber", n.idNumber(), 20), n.birthDate(), n.gender()));
			}
		}
		return new SubmitDossier(vn.tdkt.awards.system.Texts.line("submittingOrg", c.submittingOrg(), 40), vn.tdkt.awards.system.Texts.line("awardType", c.awardType(), 20),
				vn.tdkt.awards.system.Texts.line("movement", c.movement(), 40), c.kind(), c.year(), vn.tdkt.awards.system.Texts.line("title", c.title(), DossierService.TITLE_LENGTH),
				nominees, vn.tdkt.awards.system.Texts.line("idempotencyKey", c.idempotencyKey(), 100));
	}

}
