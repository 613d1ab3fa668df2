package dev.aorhub.clients.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.clients.importing.ClientImporter;
import dev.aorhub.clients.importing.ColumnMapping;
import dev.aorhub.clients.importing.ExistingRecords;
import dev.aorhub.clients.importing.ImportKind;
import dev.aorhub.clients.importing.ImportRejectedException;
import dev.aorhub.clients.importing.ImportResult;
import dev.aorhub.clients.importing.ImportResult.LineError;
import dev.aorhub.clients.importing.ImportTooLargeException;
import dev.aorhub.clients.importing.TabularFile;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.web.Problems;
import dev.aorhub.workspace.CurrentUser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports clients and contacts from CSV or XLSX: multipart {@code file}, an optional
 * {@code mapping} (a JSON object of column header to field; the headers are otherwise
 * matched to fields by name), {@code dryRun=true} to check without saving and
 * {@code updateExisting=true} to change the clients (matched by name) and contacts (by
 * client and e-mail) already there instead of refusing them. All or nothing: one invalid
 * row rejects the file with 422 and every row's problems.
 */
@Tag(name = "Imports")
@RestController
class ImportApiController {

	/** The answer of an import that saved (or, on a dry run, would save) every row. */
	record ImportResponse(int rowsRead, int rowsImported, int rowsUpdated, int rowsRejected, List<LineError> errors,
			boolean dryRun) {

		static ImportResponse of(ImportResult result) {
			return new ImportResponse(result.rowsRead(), result.rowsImported(), result.rowsUpdated(),
					result.rowsRejected(), result.errors(), result.dryRun());
		}

	}

	private static final TypeReference<LinkedHashMap<String, String>> MAPPING = new TypeReference<>() {
	};

	private final ClientImporter importer;

	private final JsonMapper json;

	ImportApiController(ClientImporter importer, JsonMapper json) {
		this.importer = importer;
		this.json = json;
	}

	@Operation(summary = "Import clients from a CSV file")
	@PostMapping(path = "/api/v1/clients/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RateLimited(LimitedOperation.IMPORT)
	ImportResponse importClients(CurrentUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String mapping, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean updateExisting) {
		TabularFile table = read(file);
		ColumnMapping columns = ColumnMapping.of(ImportKind.CLIENTS, table.headers(), mapping(mapping));
		return ImportResponse.of(this.importer.importClients(user, table, columns, dryRun, existing(updateExisting)));
	}

	@Operation(summary = "Import contacts from a CSV file")
	@PostMapping(path = "/api/v1/contacts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RateLimited(LimitedOperation.IMPORT)
	ImportResponse importContacts(CurrentUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String mapping, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean updateExisting) {
		TabularFile table = read(file);
		ColumnMapping columns = ColumnMapping.of(ImportKind.CONTACTS, table.headers(), mapping(mapping));
		return ImportResponse.of(this.importer.importContacts(user, table, columns, dryRun, existing(updateExisting)));
	}

	@ExceptionHandler(ImportRejectedException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail rejected(ImportRejectedException ex) {
		ImportResult result = ex.result();
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", ex.getMessage());
		problem.setProperty("rowsRead", result.rowsRead());
		problem.setProperty("rowsImported", result.rowsImported());
		problem.setProperty("rowsUpdated", result.rowsUpdated());
		problem.setProperty("rowsRejected", result.rowsRejected());
		problem.setProperty("errors", result.errors());
		problem.setProperty("dryRun", result.dryRun());
		return problem;
	}

	@ExceptionHandler(ImportTooLargeException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	ProblemDetail tooLarge(ImportTooLargeException ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", ex.getMessage());
	}

	static ExistingRecords existing(boolean updateExisting) {
		return updateExisting ? ExistingRecords.UPDATE : ExistingRecords.REFUSE;
	}

	static TabularFile read(MultipartFile file) {
		if (file.getSize() > ImportKind.MAX_BYTES) {
			throw new ImportTooLargeException("The file is larger than " + (ImportKind.MAX_BYTES / 1024 / 1024)
					+ " MB; split it into several imports");
		}
		try {
			return TabularFile.read(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, String> mapping(String mapping) {
		if (mapping == null || mapping.isBlank()) {
			return Map.of();
		}
		try {
			Map<String, String> parsed = this.json.readValue(mapping, MAPPING);
			if (parsed == null) {
				throw new InvalidInputException("mapping", "must be a JSON object");
			}
			return parsed;
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("mapping",
					"must be a JSON object of column header to field, e.g. {\"Company\": \"name\"}");
		}
	}

}
