package vn.tdkt.awards.nomination;

import java.util.List;

import vn.tdkt.awards.identity.AppUser;

/**
 * The documents a dossier holds, as its pages and its view need them; implemented where the documents live (the
 * document module), so that the dossier does not depend on their storage.
 */
public interface DossierDocuments {

	/** Attaches an uploaded document, told by its content; refused when the user may not add to the dossier. */
	DocumentInfo upload(String dossierId, DocumentType type, String fileName, byte[] content, AppUser user);

	/** The dossier's documents, uploads and printed papers, oldest first. */
	List<DocumentInfo> ofDossier(String dossierId);

}
