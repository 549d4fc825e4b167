package vn.tdkt.awards.document;


import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.DocumentInfo;
import vn.tdkt.awards.nomination.DocumentType;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierAccess;
import vn.tdkt.awards.nomination.DossierDocuments;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierNotFoundException;
import vn.tdkt.awards.nomination.DossierStateException;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.ContentSniffer;
import vn.tdkt.awards.system.FileTooLargeException;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.system.UnsupportedContentException;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Documents of dossiers: checked by size and by content (not by name), stored with their SHA-256, read back with
 * the dossier's own authorization.
 */
@Service
public class DocumentService implements DossierDocuments {

	private final DocumentRepository documents;

	private final DossierLifecycle dossiers;

	private final DossierAccess access;

	private final AppClock clock;

	private final long maxBytes;

	private final ApplicationEventPublisher events;

	public DocumentService(DocumentRepository documents, DossierLifecycle dossiers, DossierAccess access,
			AppClock clock, @Value("${spring.servlet.multipart.max-file-size}") DataSize maxSize,
			ApplicationEventPublisher events) {
		this.events = events;
		this.documents = documents;
		this.dossiers = dossiers;
		this.access = access;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
	}

	/** The longest file name kept (the documents table's column). */
	static final int MAX_FILE_NAME = 255;

	@Override
	@Transactional
	public DocumentInfo upload(String dossierId, DocumentType type, String fileName, byte[] content, AppUser user) {
		String name = Texts.fileName("file", fileName, MAX_FILE_NAME);
		Dossier dossier = access.documentable(dossierId, user);
		if (dossier.status().isFinal()) {
			throw new DossierStateException("error.document.dossier-closed", dossierId, dossier.status().name());
		}
		if (content.length > maxBytes) {
			throw new FileTooLargeException("error.document.too-large", name, maxBytes / (1024 * 1024));
		}
		if (content.length == 0) {
			throw new UnsupportedContentException("error.document.empty", name);
		}
		String contentType = ContentSniffer.detect(content)
			.orElseThrow(() -> new UnsupportedContentException("error.document.unsupported", name));
		if (ContentSniffer.OFFICE_WITH_MACROS.equals(contentType)) {
			throw new UnsupportedContentException(ContentSniffer.MACROS_REFUSED_NAMED, name);
		}
		long id = documents.insert(dossierId, type, name, contentType, content, sha256(content), user.id(),
				clock.localNow());
		// attributed to the uploader's side: the submitting org for its nominators, else the org reviewing it
		// a draft has no route yet: whoever attaches to it does so on the submitting org's side
		String org = dossier.status() == vn.tdkt.awards.nomination.DossierStatus.DRAFT
				|| user.orgs(vn.tdkt.awards.org.OrgRole.NOMINATOR).contains(dossier.submittingOrg())
				? dossier.submittingOrg() : dossiers.hop(dossierId, dossier.currentHop()).orgCode();
		dossiers.addEvent(dossierId, clock.localNow(), dossier.currentHop(), org, user.id(),
				DossierEventType.DOCUMENT_ADDED, null, null, "%s: %s".formatted(type.label(), name));
		events.publishEvent(new DocumentAdded(dossierId, id));
		return documents.find(dossierId, id).orElseThrow();
	}

	/**
	 * Stores a paper the system generated (a PDF of a submission, a decision, certificates) as a document of the
	 * dossier, attributed to the org and the leader whose signature it records. Stored once per {@code paperKey}: a
	 * retried job finds it there.
	 */
	@Transactional
	public DocumentInfo storePaper(String dossierId, String paperKey, DocumentType type, String fileName, byte[] pdf,
			String signer, String org, int hopSeq) {
		var existing = documents.findPaper(dossierId, paperKey);
		if (existing.isPresent()) {
			return existing.get();
		}
		String contentType = ContentSniffer.detect(pdf)
			.filter(ContentSniffer.PDF::equals)
			.orElseThrow(() -> new IllegalStateException("Paper %s of %s is not a PDF".formatted(paperKey, dossierId)));
		long id = documents.insert(dossierId, type, fileName, contentType, pdf, sha256(pdf), signer, clock.localNow(),
				paperKey);
		dossiers.addEvent(dossierId, clock.localNow(), hopSeq, org, signer, DossierEventType.DOCUMENT_ADDED, null, null,
				UserTexts.text(WebConfiguration.VIETNAMESE, "page.document.timeline-paper", type.label(), fileName));
		events.publishEvent(new DocumentAdded(dossierId, id));
		return documents.find(dossierId, id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DocumentInfo> ofDossier(String dossierId) {
		return documents.ofDossier(dossierId);
	}

	@Transactional(readOnly = true)
	public List<DocumentInfo> list(String dossierId, AppUser user) {
		access.readable(dossierId, user);
		return documents.ofDossier(dossierId);
	}

	public record Download(DocumentInfo info, byte[] content) {
	}

	@Transactional(readOnly = true)
	public Download download(String dossierId, long documentId, AppUser user) {
		access.readable(dossierId, user);
		DocumentInfo info = documents.find(dossierId, documentId)
			.orElseThrow(() -> new DossierNotFoundException(dossierId + "/" + documentId));
		return new Download(info, documents.content(documentId));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}


}
