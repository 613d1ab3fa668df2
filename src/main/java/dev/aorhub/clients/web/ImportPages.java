package dev.aorhub.clients.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.clients.importing.ClientImporter;
import dev.aorhub.clients.importing.ColumnMapping;
import dev.aorhub.clients.importing.ExistingRecords;
import dev.aorhub.clients.importing.ImportField;
import dev.aorhub.clients.importing.ImportKind;
import dev.aorhub.clients.importing.ImportRejectedException;
import dev.aorhub.clients.importing.ImportResult;
import dev.aorhub.clients.importing.ImportTooLargeException;
import dev.aorhub.clients.importing.ImportUploads;
import dev.aorhub.clients.importing.ImportUploads.Upload;
import dev.aorhub.clients.importing.MappedRow;
import dev.aorhub.clients.importing.TabularFile;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages, in four steps: upload a CSV or XLSX file, match its columns to fields
 * (guessed from the headers), check it (a dry run listing every problem by line) and
 * import it, all or nothing. The upload is kept in the database between steps; the
 * mapping travels with each form as one {@code column<n>} field per column. Importing is
 * changing records: the steps are for the roles that may edit.
 */
@CanEdit
abstract class ImportPages {

	/** Rows shown in the preview table. */
	static final int PREVIEW_ROWS = 20;

	/** One column of the file on the mapping page. */
	record ColumnChoice(int index, String header, List<String> samples, String field) {
	}

	/** One row of the preview table: its line and the mapped values in column order. */
	record PreviewRow(int line, List<String> values) {
	}

	private final ImportKind kind;

	private final ClientImporter importer;

	private final ImportUploads uploads;

	ImportPages(ImportKind kind, ClientImporter importer, ImportUploads uploads) {
		this.kind = kind;
		this.importer = importer;
		this.uploads = uploads;
	}

	@GetMapping
	String start(Model model) {
		return upload(model, null);
	}

	@PostMapping
	@RateLimited(LimitedOperation.IMPORT)
	String receive(CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model) {
		if (file == null || file.isEmpty()) {
			return upload(model, "Choose a CSV or Excel file to upload.");
		}
		try {
			if (file.getSize() > ImportKind.MAX_BYTES) {
				throw new ImportTooLargeException("The file is larger than " + (ImportKind.MAX_BYTES / 1024 / 1024)
						+ " MB; split it into several imports.");
			}
			byte[] content = file.getBytes();
			TabularFile.read(file.getOriginalFilename(), content);
			UUID id = this.uploads.store(user, this.kind, file.getOriginalFilename(), content);
			return "redirect:/" + this.kind.path() + "/import/" + id;
		}
		catch (ImportTooLargeException ex) {
			return upload(model, ex.getMessage());
		}
		catch (InvalidInputException ex) {
			return upload(model, "The file " + ex.problems().get(0).message() + ".");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template() {
		List<String> headers = this.kind.fields()
			.stream()
			.filter((field) -> !field.key().equals("firstName") && !field.key().equals("lastName"))
			.map(ImportField::label)
			.toList();
		return new TableExport(this.kind.plural(), headers).toResponse(ExportFormat.CSV,
				this.kind.plural() + "-template");
	}

	@GetMapping("/{uploadId}")
	String map(CurrentUser user, @PathVariable UUID uploadId, Model model) {
		Upload upload = upload(user, uploadId);
		TabularFile file = TabularFile.read(upload.fileName(), upload.content());
		return mapping(model, upload, file, ColumnMapping.suggest(this.kind, file.headers()), List.of(),
				ExistingRecords.REFUSE);
	}

	@PostMapping("/{uploadId}/mapping")
	String remap(CurrentUser user, @PathVariable UUID uploadId, @RequestParam Map<String, String> params, Model model) {
		Upload upload = upload(user, uploadId);
		TabularFile file = TabularFile.read(upload.fileName(), upload.content());
		return mapping(model, upload, file, lenient(file, params), List.of(), existing(params));
	}

	@PostMapping("/{uploadId}/preview")
	String preview(CurrentUser user, @PathVariable UUID uploadId, @RequestParam Map<String, String> params,
			Model model) {
		Upload upload = upload(user, uploadId);
		TabularFile file = TabularFile.read(upload.fileName(), upload.content());
		ColumnMapping mapping;
		try {
			mapping = ColumnMapping.of(this.kind, file.headers(), chosen(file, params));
		}
		catch (InvalidInputException ex) {
			return mapping(model, upload, file, lenient(file, params), messages(ex), existing(params));
		}
		ImportResult result;
		try {
			result = run(user, file, mapping, true, existing(params));
		}
		catch (ImportRejectedException ex) {
			result = ex.result();
		}
		return preview(model, upload, file, mapping, result, existing(params));
	}

	@PostMapping("/{uploadId}")
	@RateLimited(LimitedOperation.IMPORT)
	String run(CurrentUser user, @PathVariable UUID uploadId, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Upload upload = upload(user, uploadId);
		TabularFile file = TabularFile.read(upload.fileName(), upload.content());
		ColumnMapping mapping;
		try {
			mapping = ColumnMapping.of(this.kind, file.headers(), chosen(file, params));
		}
		catch (InvalidInputException ex) {
			return mapping(model, upload, file, lenient(file, params), messages(ex), existing(params));
		}
		try {
			ImportResult result = run(user, file, mapping, false, existing(params));
			this.uploads.delete(user, uploadId);
			redirect.addFlashAttribute("flash", done(result, upload.fileName()));
			return "redirect:/" + this.kind.path();
		}
		catch (ImportRejectedException ex) {
			return preview(model, upload, file, mapping, ex.result(), existing(params));
		}
	}

	private ImportResult run(CurrentUser user, TabularFile file, ColumnMapping mapping, boolean dryRun,
			ExistingRecords existing) {
		return switch (this.kind) {
			case CLIENTS -> this.importer.importClients(user, file, mapping, dryRun, existing);
			case CONTACTS -> this.importer.importContacts(user, file, mapping, dryRun, existing);
		};
	}

	/** The wizard's choice for rows that match a record already there. */
	private static ExistingRecords existing(Map<String, String> params) {
		return "update".equals(params.get("existing")) ? ExistingRecords.UPDATE : ExistingRecords.REFUSE;
	}

	/** "Imported 3 clients from f.csv." or "Added 1 client and updated 2 from f.csv." */
	private String done(ImportResult result, String fileName) {
		if (result.rowsUpdated() == 0) {
			return "Imported " + count(result.rowsImported()) + " from " + fileName + ".";
		}
		return "Added " + count(result.rowsAdded()) + " and updated " + result.rowsUpdated() + " from " + fileName
				+ ".";
	}

	private String count(int rows) {
		return rows + " " + ((rows == 1) ? this.kind.singular() : this.kind.plural());
	}

	private Upload upload(CurrentUser user, UUID uploadId) {
		return this.uploads.find(user, this.kind, uploadId)
			.orElseThrow(() -> new NotFoundException("That upload is gone: it was imported, or is over a day old"));
	}

	private String upload(Model model, String fileError) {
		common(model);
		model.addAttribute("fileError", fileError);
		return "clients/import-upload";
	}

	private String mapping(Model model, Upload upload, TabularFile file, ColumnMapping mapping,
			List<String> mappingErrors, ExistingRecords existing) {
		common(model);
		model.addAttribute("updateExisting", existing == ExistingRecords.UPDATE);
		List<ColumnChoice> columns = new ArrayList<>();
		for (int i = 0; i < file.headers().size(); i++) {
			String header = file.headers().get(i);
			columns.add(new ColumnChoice(i, header, file.samples(i, 3), mapping.fieldOf(header).orElse("")));
		}
		model.addAttribute("upload", upload);
		model.addAttribute("rowCount", file.rows().size());
		model.addAttribute("columns", columns);
		model.addAttribute("mappingErrors", mappingErrors);
		return "clients/import-map";
	}

	private String preview(Model model, Upload upload, TabularFile file, ColumnMapping mapping, ImportResult result,
			ExistingRecords existing) {
		common(model);
		List<ImportField> fields = new ArrayList<>();
		mapping.fieldByHeader().values().forEach((key) -> this.kind.field(key).ifPresent(fields::add));
		List<PreviewRow> rows = new ArrayList<>();
		for (MappedRow row : mapping.apply(file).stream().limit(PREVIEW_ROWS).toList()) {
			rows.add(new PreviewRow(row.line(),
					fields.stream().map((field) -> row.values().getOrDefault(field.key(), "")).toList()));
		}
		Map<String, String> hidden = new LinkedHashMap<>();
		for (int i = 0; i < file.headers().size(); i++) {
			hidden.put("column" + i, mapping.fieldOf(file.headers().get(i)).orElse(""));
		}
		model.addAttribute("upload", upload);
		model.addAttribute("result", result);
		model.addAttribute("previewFields", fields);
		model.addAttribute("previewRows", rows);
		model.addAttribute("hiddenMapping", hidden);
		model.addAttribute("updateExisting", existing == ExistingRecords.UPDATE);
		return "clients/import-preview";
	}

	private void common(Model model) {
		model.addAttribute("kind", this.kind);
		model.addAttribute("kindTitle", this.kind == ImportKind.CLIENTS ? "Clients" : "Contacts");
		model.addAttribute("matchedBy",
				(this.kind == ImportKind.CLIENTS) ? "the same name" : "the same client and e-mail");
		model.addAttribute("fields", this.kind.fields());
		model.addAttribute("maxMegabytes", ImportKind.MAX_BYTES / 1024 / 1024);
		model.addAttribute("maxRows", ImportKind.MAX_ROWS);
	}

	/** The form's choice per column ({@code column<n>}); every column is named. */
	private static Map<String, String> chosen(TabularFile file, Map<String, String> params) {
		Map<String, String> chosen = new LinkedHashMap<>();
		for (int i = 0; i < file.headers().size(); i++) {
			chosen.put(file.headers().get(i), params.getOrDefault("column" + i, ""));
		}
		return chosen;
	}

	/** The choice as typed, even when it is not valid yet, to show it again. */
	private ColumnMapping lenient(TabularFile file, Map<String, String> params) {
		try {
			return ColumnMapping.of(this.kind, file.headers(), chosen(file, params));
		}
		catch (InvalidInputException ex) {
			return ColumnMapping.chosenAsIs(this.kind, file.headers(), chosen(file, params));
		}
	}

	private static List<String> messages(InvalidInputException ex) {
		return ex.problems().stream().map(FieldProblem::message).map(ImportPages::sentence).toList();
	}

	private static String sentence(String message) {
		return "The mapping " + message + ".";
	}

	@Controller
	@RequestMapping("/clients/import")
	static class ClientImportPages extends ImportPages {

		ClientImportPages(ClientImporter importer, ImportUploads uploads) {
			super(ImportKind.CLIENTS, importer, uploads);
		}

	}

	@Controller
	@RequestMapping("/contacts/import")
	static class ContactImportPages extends ImportPages {

		ContactImportPages(ClientImporter importer, ImportUploads uploads) {
			super(ImportKind.CONTACTS, importer, uploads);
		}

	}

}
