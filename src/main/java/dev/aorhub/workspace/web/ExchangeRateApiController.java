package dev.aorhub.workspace.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Problems;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.application.ExchangeRateImport;
import dev.aorhub.workspace.application.ExchangeRateRequest;
import dev.aorhub.workspace.application.ExchangeRateService;
import dev.aorhub.workspace.domain.ExchangeRate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The workspace's exchange rates: everyone in the workspace reads them, admins and
 * finance change them (the service says so).
 */
@RestController
@RequestMapping("/api/v1/exchange-rates")
@Tag(name = "Exchange rates")
class ExchangeRateApiController {

	/**
	 * A rate as the API shows it: {@code rate} units of {@code currency} per one unit of
	 * the base currency, as a string like money amounts, so no client reads it as a
	 * binary float.
	 */
	record ExchangeRateResponse(UUID id, String currency, String rate, LocalDate validFrom, long version) {

		static ExchangeRateResponse of(ExchangeRate rate) {
			return new ExchangeRateResponse(rate.getId(), rate.getCurrency().getCurrencyCode(),
					rate.getRate().toPlainString(), rate.getValidFrom(), rate.getVersion());
		}

		static ExchangeRateResponse of(ExchangeRateQueries.RateRow row) {
			return new ExchangeRateResponse(row.id(), row.currency(), row.rateText(), row.validFrom(), row.version());
		}

	}

	private final ExchangeRateService rates;

	private final ExchangeRateImport imports;

	private final ExchangeRateQueries queries;

	private final WorkspaceClock clock;

	private final JsonMapper json;

	ExchangeRateApiController(ExchangeRateService rates, ExchangeRateImport imports, ExchangeRateQueries queries,
			WorkspaceClock clock, JsonMapper json) {
		this.rates = rates;
		this.imports = imports;
		this.queries = queries;
		this.clock = clock;
		this.json = json;
	}

	@GetMapping
	@Operation(summary = "List exchange rates, by currency and newest first (filter by currency)")
	PageResponse<ExchangeRateResponse> list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String currency) {
		return this.queries
			.page(user.workspaceId(), currency, PageQuery.of(page, size, q, sort, ExchangeRateQueries.SORTING),
					this.clock.today(user.workspaceId()))
			.map(ExchangeRateResponse::of);
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	@Operation(summary = "Export exchange rates as CSV or XLSX (the CSV imports again as it is)")
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String currency) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return this.queries.export(user.workspaceId(), currency, q, sort, this.clock.today(user.workspaceId()))
			.toResponse(exportFormat, "exchange-rates");
	}

	@PostMapping
	@Operation(summary = "Add an exchange rate of a currency from a date (admin or finance)")
	ResponseEntity<ExchangeRateResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ExchangeRateRequest.class);
		ExchangeRate rate = this.rates.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/exchange-rates/" + rate.getId()))
			.body(ExchangeRateResponse.of(rate));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get an exchange rate")
	ExchangeRateResponse get(CurrentUser user, @PathVariable UUID id) {
		return ExchangeRateResponse.of(this.rates.get(user, id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an exchange rate's rate or first day, with its version (admin or finance)")
	ExchangeRateResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ExchangeRateRequest.class);
		return ExchangeRateResponse.of(this.rates.update(user, id, request.value(), request.problems()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove an exchange rate entered by mistake (admin or finance)")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		this.rates.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RateLimited(LimitedOperation.IMPORT)
	@Operation(summary = "Import exchange rates from a CSV file (columns currency, rate, valid_from); "
			+ "all or nothing (admin or finance)")
	ExchangeRateImport.Result importFile(CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file",
					"is required: a CSV file with the columns currency, rate, valid_from");
		}
		try {
			return this.imports.importCsv(user, file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@RateLimited(LimitedOperation.IMPORT)
	@Operation(summary = "Import exchange rates from a CSV body (columns currency, rate, valid_from); "
			+ "all or nothing (admin or finance)")
	ExchangeRateImport.Result importBody(CurrentUser user, @RequestBody(required = false) byte[] csv) {
		return this.imports.importCsv(user, csv);
	}

	@ExceptionHandler(ExchangeRateImport.RejectedException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail rejected(ExchangeRateImport.RejectedException ex) {
		ExchangeRateImport.Result result = ex.result();
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", ex.getMessage());
		problem.setProperty("rowsRead", result.rowsRead());
		problem.setProperty("rowsImported", result.rowsImported());
		problem.setProperty("rowsRejected", result.rowsRejected());
		problem.setProperty("errors", result.errors());
		return problem;
	}

}
