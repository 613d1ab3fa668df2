package dev.aorhub.delivery.application;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dev.aorhub.clients.BrandSummary;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.delivery.domain.BrandGuideline;
import dev.aorhub.delivery.domain.BrandGuidelineFile;
import dev.aorhub.delivery.domain.BrandGuidelineFileRepository;
import dev.aorhub.delivery.domain.BrandGuidelineRepository;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.attachments.Attachments;
import dev.aorhub.shared.attachments.FileDownload;
import dev.aorhub.shared.attachments.StoredFile;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Writes a brand's guidelines and keeps their logo and example files. The brand belongs
 * to the clients module; every call first finds it inside the caller's workspace, so
 * another workspace's brand is not found.
 */
@Service
public class BrandGuidelineService {

	/** The most files one brand's guidelines keep. */
	static final int MAX_FILES = 40;

	private static final int MAX_CAPTION = 300;

	private final BrandGuidelineRepository guidelines;

	private final BrandGuidelineFileRepository files;

	private final Clients clients;

	private final Attachments attachments;

	private final Validator validator;

	BrandGuidelineService(BrandGuidelineRepository guidelines, BrandGuidelineFileRepository files, Clients clients,
			Attachments attachments, Validator validator) {
		this.guidelines = guidelines;
		this.files = files;
		this.clients = clients;
		this.attachments = attachments;
		this.validator = validator;
	}

	/**
	 * The brand's guidelines, empty (not {@link BrandGuidelineView#written() written})
	 * when no one has written them yet.
	 * @throws NotFoundException for a brand that is not in the caller's workspace
	 */
	@Transactional(readOnly = true)
	public BrandGuidelineView view(CurrentUser user, UUID brandId) {
		BrandSummary brand = brand(user, brandId);
		String clientName = clientName(user, brand);
		return this.guidelines.findByWorkspaceIdAndBrandId(user.workspaceId(), brandId)
			.map((guideline) -> view(brand, clientName, guideline))
			.orElseGet(() -> new BrandGuidelineView(null, brand.id(), brand.clientId(), brand.name(), clientName,
					List.of(), null, null, null, null, List.of(), List.of(), List.of(), null));
	}

	private BrandGuidelineView view(BrandSummary brand, String clientName, BrandGuideline guideline) {
		var content = guideline.content();
		List<BrandGuidelineView.FileView> kept = this.files
			.findByWorkspaceIdAndGuidelineIdOrderByFileUploadedAt(guideline.getWorkspaceId(), guideline.getId())
			.stream()
			.sorted(Comparator.comparing(BrandGuidelineFile::getPurpose))
			.map((f) -> new BrandGuidelineView.FileView(f.getId(), f.getPurpose(), f.getCaption(),
					f.getFile().fileName(), f.getFile().contentType(), f.getFile().sizeBytes()))
			.toList();
		return new BrandGuidelineView(guideline.getId(), brand.id(), brand.clientId(), brand.name(), clientName,
				guideline.getColours(), content.headingFont(), content.bodyFont(), content.typographyNotes(),
				content.toneOfVoice(), content.dos(), content.donts(), kept, guideline.getVersion());
	}

	/**
	 * Writes the brand's guidelines: the first time without a version, later with the
	 * version the caller saw (a stale one is a conflict).
	 */
	@CanEdit
	@Transactional
	public BrandGuidelineView save(CurrentUser user, UUID brandId, BrandGuidelineRequest request,
			List<FieldProblem> unreadable) {
		BrandSummary brand = brand(user, brandId);
		ConstraintViolations.collect(this.validator, request, unreadable).throwIfAny();
		var existing = this.guidelines.findByWorkspaceIdAndBrandId(user.workspaceId(), brandId);
		BrandGuideline saved;
		if (existing.isPresent()) {
			BrandGuideline guideline = existing.get();
			StaleVersionException.check("The brand guidelines", request.version(), guideline.getVersion());
			guideline.revise(brand.name(), request.content());
			saved = this.guidelines.saveAndFlush(guideline);
		}
		else {
			if (request.version() != null) {
				throw new StaleVersionException("The brand guidelines", 0);
			}
			saved = this.guidelines.saveAndFlush(
					new BrandGuideline(user.workspaceId(), brandId, brand.clientId(), brand.name(), request.content()));
		}
		return view(brand, clientName(user, brand), saved);
	}

	private String clientName(CurrentUser user, BrandSummary brand) {
		return this.clients.find(user.workspaceId(), brand.clientId()).map(ClientSummary::name).orElse("");
	}

	/**
	 * Keeps a logo or an example image with the brand's guidelines, writing empty
	 * guidelines first if there are none (a logo is often the first thing an agency has).
	 */
	@CanEdit
	@Transactional
	public BrandGuidelineView.FileView addFile(CurrentUser user, UUID brandId, String purpose, String caption,
			MultipartFile file) {
		return add(user, brandId, purpose, caption,
				() -> this.attachments.store(user.workspaceId(), user.userId(), file));
	}

	/**
	 * Keeps a file the application made (the demo's logos) as {@link #addFile} keeps an
	 * upload.
	 */
	@CanEdit
	@Transactional
	public BrandGuidelineView.FileView addFile(CurrentUser user, UUID brandId, String purpose, String caption,
			String fileName, String contentType, byte[] content) {
		return add(user, brandId, purpose, caption, () -> this.attachments.store(user.workspaceId(), user.userId(),
				fileName, contentType, content.length, new ByteArrayResource(content)));
	}

	private BrandGuidelineView.FileView add(CurrentUser user, UUID brandId, String purpose, String caption,
			Supplier<StoredFile> store) {
		BrandSummary brand = brand(user, brandId);
		var problems = new InvalidInputException.Collector();
		BrandGuidelineFile.Purpose kind = purpose(purpose, problems);
		String text = (caption != null && !caption.isBlank()) ? caption.strip() : null;
		problems.check(text == null || text.length() <= MAX_CAPTION, "caption",
				"must be at most " + MAX_CAPTION + " characters");
		problems.throwIfAny();
		BrandGuideline guideline = this.guidelines.findByWorkspaceIdAndBrandId(user.workspaceId(), brandId)
			.orElseGet(() -> this.guidelines.saveAndFlush(new BrandGuideline(user.workspaceId(), brandId,
					brand.clientId(), brand.name(), BrandGuidelineRequest.blank().content())));
		if (this.files.countByWorkspaceIdAndGuidelineId(user.workspaceId(), guideline.getId()) >= MAX_FILES) {
			throw new InvalidInputException("file",
					"cannot be added: a brand's guidelines keep at most " + MAX_FILES + " files; remove one first");
		}
		StoredFile stored = store.get();
		BrandGuidelineFile saved = this.files
			.saveAndFlush(new BrandGuidelineFile(guideline, kind, text, stored, brand.name()));
		return new BrandGuidelineView.FileView(saved.getId(), saved.getPurpose(), saved.getCaption(), stored.fileName(),
				stored.contentType(), stored.sizeBytes());
	}

	@Transactional(readOnly = true)
	public FileDownload openFile(CurrentUser user, UUID brandId, UUID fileId) {
		return this.attachments.open(user.workspaceId(), file(user, brandId, fileId).getFile());
	}

	@CanEdit
	@Transactional
	public void removeFile(CurrentUser user, UUID brandId, UUID fileId) {
		BrandSummary brand = brand(user, brandId);
		BrandGuidelineFile file = file(user, brandId, fileId);
		file.remove(brand.name());
		this.files.delete(file);
		this.attachments.deleteAfterCommit(user.workspaceId(), file.getFile());
	}

	private BrandGuidelineFile file(CurrentUser user, UUID brandId, UUID fileId) {
		BrandGuideline guideline = this.guidelines.findByWorkspaceIdAndBrandId(user.workspaceId(), brandId)
			.orElseThrow(() -> new NotFoundException("File", fileId));
		return this.files.findByWorkspaceIdAndId(user.workspaceId(), fileId)
			.filter((f) -> f.getGuidelineId().equals(guideline.getId()))
			.orElseThrow(() -> new NotFoundException("File", fileId));
	}

	private BrandSummary brand(CurrentUser user, UUID brandId) {
		return this.clients.findBrand(user.workspaceId(), brandId)
			.orElseThrow(() -> new NotFoundException("Brand", brandId));
	}

	private static BrandGuidelineFile.Purpose purpose(String value, InvalidInputException.Collector problems) {
		if (value == null || value.isBlank()) {
			return BrandGuidelineFile.Purpose.LOGO;
		}
		try {
			return BrandGuidelineFile.Purpose.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add("purpose", "must be LOGO, DO or DONT");
			return null;
		}
	}

}
