package dev.aorhub.shared.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Numbers are gapless and unique under concurrency, on whichever database the context has
 * (H2 locally, PostgreSQL when SPRING_DATASOURCE_URL points at it).
 */
class NumberAllocatorIntegrationTests extends ApiTestSupport {

	private static final int ALLOCATIONS = 20;

	private static final int THREADS = 8;

	@Autowired
	private NumberAllocator numbers;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void parallelAllocationsGiveConsecutiveNumbersWithoutGapOrDuplicate() throws Exception {
		UUID workspace = signUp().workspaceId();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < ALLOCATIONS; i++) {
				Callable<Integer> allocation = () -> {
					start.await();
					return transaction.execute((status) -> {
						int number = this.numbers.next(workspace, "INVOICE", 2026);
						// Keep the counter locked a moment, as a caller's own work would.
						pause();
						return number;
					});
				};
				results.add(pool.submit(allocation));
			}
			start.countDown();
			List<Integer> taken = new ArrayList<>();
			for (Future<Integer> result : results) {
				taken.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(taken)
				.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, ALLOCATIONS).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(inTransaction(() -> this.numbers.next(workspace, "INVOICE", 2026))).isEqualTo(ALLOCATIONS + 1);
	}

	@Test
	void aRolledBackAllocationGivesItsNumberBack() {
		UUID workspace = signUp().workspaceId();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		assertThat(inTransaction(() -> this.numbers.next(workspace, "SOW", 2026))).isEqualTo(1);
		Integer rolledBack = transaction.execute((status) -> {
			int number = this.numbers.next(workspace, "SOW", 2026);
			status.setRollbackOnly();
			return number;
		});
		assertThat(rolledBack).isEqualTo(2);

		assertThat(inTransaction(() -> this.numbers.next(workspace, "SOW", 2026))).isEqualTo(2);
		assertThat(inTransaction(() -> this.numbers.next(workspace, "SOW", 2026))).isEqualTo(3);
	}

	@Test
	void aRolledBackFirstAllocationOfAYearLeavesNoGapEither() {
		UUID workspace = signUp().workspaceId();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		transaction.executeWithoutResult((status) -> {
			assertThat(this.numbers.next(workspace, "SOW", 2027)).isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(inTransaction(() -> this.numbers.next(workspace, "SOW", 2027))).isEqualTo(1);
	}

	@Test
	void eachWorkspaceSeriesAndYearCountsOnItsOwn() {
		UUID mine = signUp().workspaceId();
		UUID theirs = signUp().workspaceId();

		assertThat(inTransaction(() -> this.numbers.next(mine, "SOW", 2026))).isEqualTo(1);
		assertThat(inTransaction(() -> this.numbers.next(mine, "SOW", 2026))).isEqualTo(2);
		assertThat(inTransaction(() -> this.numbers.next(mine, "SOW", 2027))).isEqualTo(1);
		assertThat(inTransaction(() -> this.numbers.next(mine, "INVOICE", 2026))).isEqualTo(1);
		assertThat(inTransaction(() -> this.numbers.next(theirs, "SOW", 2026))).isEqualTo(1);
	}

	@Test
	void refusesToAllocateOutsideATransaction() {
		UUID workspace = signUp().workspaceId();

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.numbers.next(workspace, "SOW", 2026));
	}

	private Integer inTransaction(java.util.function.Supplier<Integer> allocation) {
		return new TransactionTemplate(this.transactions).execute((status) -> allocation.get());
	}

	private static void pause() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
