package vn.tdkt.awards.document;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tdkt.awards.identity.AppUser;

/** A dossier's document opened from its page, in the browser (inline). */
@Controller
class DocumentPages {

	private final DocumentService documents;

	DocumentPages(DocumentService documents) {
		this.documents = documents;
	}

	@GetMapping("/dossiers/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AppUser user, @PathVariable String id,
			@PathVariable long documentId) {
		return DocumentController.response(documents.download(id, documentId, user), true);
	}

}
