package vn.tdkt.awards.document;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tdkt.awards.nomination.DocumentInfo;
import vn.tdkt.awards.nomination.DocumentType;

/** Documents and their bytes. */
@Repository
public class DocumentRepository {

	private static final String SELECT = "select id, dossier_id, doc_type, file_name, content_type, size_bytes, sha256,"
			+ " uploaded_by, uploaded_at, paper_key from document";

	private final JdbcClient jdbc;

	public DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String dossierId, DocumentType type, String fileName, String contentType, byte[] content,
			String sha256, String uploadedBy, LocalDateTime at) {
		return insert(dossierId, type, fileName, contentType, content, sha256, uploadedBy, at, null);
	}

	/** {@code paperKey} names a paper the system generated ("DECISION"); null for an uploaded file. */
	public long insert(String dossierId, DocumentType type, String fileName, String contentType, byte[] content,
			String sha256, String uploadedBy, LocalDateTime at, String paperKey) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into document (dossier_id, doc_type, file_name, content_type, size_bytes, sha256, uploaded_by,"
				+ " uploaded_at, paper_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, type.name(), fileName, contentType, (long) content.length, sha256, uploadedBy, at, paperKey)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		jdbc.sql("insert into document_content (document_id, content) values (?, ?)").params(id, content).update();
		return id;
	}

	public List<DocumentInfo> ofDossier(String dossierId) {
		return jdbc.sql(SELECT + " where dossier_id = ? order by id").param(dossierId).query(DocumentRepository::map).list();
	}

	public Optional<DocumentInfo> find(String dossierId, long id) {
		return jdbc.sql(SELECT + " where dossier_id = ? and id = ?").params(dossierId, id).query(DocumentRepository::map).optional();
	}

	public Optional<DocumentInfo> findPaper(String dossierId, String paperKey) {
		return jdbc.sql(SELECT + " where dossier_id = ? and paper_key = ?")
			.params(dossierId, paperKey)
			.query(DocumentRepository::map)
			.optional();
	}

	public byte[] content(long id) {
		return jdbc.sql("select content from document_content where document_id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.single();
	}

	private static DocumentInfo map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		DocumentType type = DocumentType.valueOf(rs.getString("doc_type"));
		return new DocumentInfo(rs.getLong("id"), rs.getString("dossier_id"), type, type.label(),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime(),
				rs.getString("paper_key") != null);
	}

}
