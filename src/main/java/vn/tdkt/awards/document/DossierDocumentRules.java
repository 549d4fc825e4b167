package vn.tdkt.awards.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.nomination.DocumentType;
import vn.tdkt.awards.nomination.RequiredDocuments;

/**
 * The documents the law asks of a dossier before it is submitted, from {@code dossier_document} (reference data,
 * {@code reference/national/dossier_document.csv}), against the documents uploaded to it.
 */
@Component
class DossierDocumentRules implements RequiredDocuments {

	private final JdbcClient jdbc;

	DossierDocumentRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Requirement> required(String awardType, String kind, LocalDate on) {
		return jdbc.sql("select document_type, kinds, legal_basis from dossier_document where award_type = ?"
				+ " and valid_from <= ? and (valid_to is null or valid_to >= ?) order by document_type")
			.params(awardType, on, on)
			.query((rs, row) -> new Object[] { rs.getString("document_type"), rs.getString("kinds"),
					rs.getString("legal_basis") })
			.list()
			.stream()
			.filter(r -> r[1] == null || r[1].toString().isBlank()
					|| Arrays.asList(r[1].toString().split("\\|")).contains(kind))
			.sorted((a, b) -> Integer.compare(DocumentType.valueOf(a[0].toString()).ordinal(),
					DocumentType.valueOf(b[0].toString()).ordinal()))
			.map(r -> new Requirement(r[0].toString(), r[2].toString()))
			.toList();
	}

	@Override
	public List<Requirement> missing(String dossierId, String awardType, String kind, LocalDate on) {
		Set<String> held = new HashSet<>(jdbc.sql("select distinct doc_type from document where dossier_id = ?")
			.param(dossierId)
			.query(String.class)
			.list());
		return required(awardType, kind, on).stream().filter(r -> !held.contains(r.documentType())).toList();
	}

}
