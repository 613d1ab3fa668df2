package dev.aorhub.workspace.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Exchange rates, always looked up inside one workspace.
 */
public interface ExchangeRateRepository extends Repository<ExchangeRate, UUID> {

	Optional<ExchangeRate> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	boolean existsByWorkspaceIdAndCurrencyAndValidFromAndIdNot(UUID workspaceId, String currency, LocalDate validFrom,
			UUID id);

	/** The rates of these currencies, for an import that may revise some of them. */
	List<ExchangeRate> findByWorkspaceIdAndCurrencyIn(UUID workspaceId, Collection<String> currencies);

	ExchangeRate saveAndFlush(ExchangeRate rate);

	<S extends ExchangeRate> List<S> saveAll(Iterable<S> rates);

	void delete(ExchangeRate rate);

}
