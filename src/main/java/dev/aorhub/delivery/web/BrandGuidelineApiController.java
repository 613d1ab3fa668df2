package dev.aorhub.delivery.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.aorhub.delivery.application.BrandGuidelineRequest;
import dev.aorhub.delivery.application.BrandGuidelineService;
import dev.aorhub.delivery.application.BrandGuidelineView;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A brand's guidelines: read them, write them whole (PUT, with the version once they
 * exist), and keep their logo and example files. A brand without guidelines answers its
 * empty guidelines with {@code version: null}.
 */
@Tag(name = "Brand guidelines")
@RestController
@RequestMapping("/api/v1/brands/{brandId}/guidelines")
class BrandGuidelineApiController {

	private final BrandGuidelineService guidelines;

	private final JsonMapper json;

	BrandGuidelineApiController(BrandGuidelineService guidelines, JsonMapper json) {
		this.guidelines = guidelines;
		this.json = json;
	}

	@Operation(summary = "Get a brand's guidelines")
	@GetMapping
	GuidelineResponse get(CurrentUser user, @PathVariable UUID brandId) {
		return GuidelineResponse.of(this.guidelines.view(user, brandId));
	}

	@Operation(summary = "Write a brand's guidelines",
			description = "The whole guidelines each time; without a version the first time, "
					+ "with the version last read afterwards (a stale one answers 409).")
	@PutMapping
	GuidelineResponse put(CurrentUser user, @PathVariable UUID brandId, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, BrandGuidelineRequest.class);
		return GuidelineResponse.of(this.guidelines.save(user, brandId, request.value(), request.problems()));
	}

	@Operation(summary = "List the logos and example images of a brand's guidelines")
	@GetMapping("/files")
	List<FileResponse> files(CurrentUser user, @PathVariable UUID brandId) {
		BrandGuidelineView view = this.guidelines.view(user, brandId);
		return view.files().stream().map((f) -> FileResponse.of(brandId, f)).toList();
	}

	@Operation(summary = "Add a logo or an example image",
			description = "purpose: LOGO (the default), DO or DONT; caption optional.")
	@PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FileResponse> addFile(CurrentUser user, @PathVariable UUID brandId,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) String purpose,
			@RequestParam(required = false) String caption) {
		BrandGuidelineView.FileView added = this.guidelines.addFile(user, brandId, purpose, caption, file);
		return ResponseEntity.created(URI.create(filePath(brandId, added.id()))).body(FileResponse.of(brandId, added));
	}

	@Operation(summary = "Download a logo or an example image")
	@GetMapping("/files/{fileId}")
	ResponseEntity<Resource> file(CurrentUser user, @PathVariable UUID brandId, @PathVariable UUID fileId) {
		return this.guidelines.openFile(user, brandId, fileId).toResponse();
	}

	@Operation(summary = "Remove a logo or an example image")
	@DeleteMapping("/files/{fileId}")
	ResponseEntity<Void> removeFile(CurrentUser user, @PathVariable UUID brandId, @PathVariable UUID fileId) {
		this.guidelines.removeFile(user, brandId, fileId);
		return ResponseEntity.noContent().build();
	}

	static String filePath(UUID brandId, UUID fileId) {
		return "/api/v1/brands/" + brandId + "/guidelines/files/" + fileId;
	}

	record GuidelineResponse(UUID id, UUID brandId, UUID clientId, String brandName, List<ColourResponse> colours,
			String headingFont, String bodyFont, String typographyNotes, String toneOfVoice, List<RuleResponse> dos,
			List<RuleResponse> donts, List<FileResponse> files, Long version) {

		static GuidelineResponse of(BrandGuidelineView view) {
			return new GuidelineResponse(view.id(), view.brandId(), view.clientId(), view.brandName(),
					view.colours().stream().map((c) -> new ColourResponse(c.name(), c.hex(), c.usage())).toList(),
					view.headingFont(), view.bodyFont(), view.typographyNotes(), view.toneOfVoice(),
					view.dos().stream().map(RuleResponse::new).toList(),
					view.donts().stream().map(RuleResponse::new).toList(),
					view.files().stream().map((f) -> FileResponse.of(view.brandId(), f)).toList(), view.version());
		}

	}

	record ColourResponse(String name, String hex, String usage) {

	}

	record RuleResponse(String text) {

	}

	record FileResponse(UUID id, String purpose, String caption, String fileName, String contentType, long sizeBytes,
			String url) {

		static FileResponse of(UUID brandId, BrandGuidelineView.FileView file) {
			return new FileResponse(file.id(), file.purpose().name(), file.caption(), file.fileName(),
					file.contentType(), file.sizeBytes(), filePath(brandId, file.id()));
		}

	}

}
