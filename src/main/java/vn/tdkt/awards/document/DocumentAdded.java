package vn.tdkt.awards.document;

/** Published inside the upload's transaction: a document was added to a dossier. */
public record DocumentAdded(String dossierId, long documentId) {
}
