package vn.tdkt.awards.document;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.DocumentInfo;
import vn.tdkt.awards.nomination.DocumentType;

/** {@code /api/dossiers/{id}/documents}: a dossier's documents (SPEC §4), scoped by the caller's orgs. */
@RestController
@RequestMapping("/api/dossiers/{id}/documents")
class DocumentController {

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	@Operation(summary = "Attach a document (PDF, DOCX, XLSX, JPEG, PNG, told by content; macro-enabled Office files refused)")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentInfo> upload(@AuthenticationPrincipal AppUser user, @PathVariable String id,
			@RequestParam("type") DocumentType type, @RequestPart("file") MultipartFile file) throws IOException {
		DocumentInfo info = documents.upload(id, type, file.getOriginalFilename(), file.getBytes(), user);
		return ResponseEntity.created(URI.create("/api/dossiers/%s/documents/%d".formatted(id, info.id()))).body(info);
	}

	@Operation(summary = "The dossier's documents: uploads and the papers the system printed, with SHA-256")
	@GetMapping
	List<DocumentInfo> documents(@AuthenticationPrincipal AppUser user, @PathVariable String id) {
		return documents.list(id, user);
	}

	@Operation(summary = "Download one document of the dossier")
	@ApiResponse(responseCode = "200", description = "The document's bytes, with its own content type and file name",
			content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AppUser user, @PathVariable String id,
			@PathVariable long documentId) {
		return response(documents.download(id, documentId, user), false);
	}

	/** A document's bytes with its content type, its file name (inline or as an attachment) and its SHA-256. */
	static ResponseEntity<byte[]> response(DocumentService.Download download, boolean inline) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.info().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(inline ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(download.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-SHA256", download.info().sha256())
			.body(download.content());
	}

}
