package vn.tdkt.awards.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
		var download = documents.download(id, documentId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.info().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(download.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.content());
	}

}
