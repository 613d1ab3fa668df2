package dev.aorhub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write the application acknowledged must survive the process being killed: the
 * embedded H2 settings in {@code application.properties} promise it (WRITE_DELAY=0), and
 * this test holds them to it with a real {@code kill -9} of a separate JVM.
 */
class H2DurabilityTests {

	private static final String DATA_DIR_PLACEHOLDER = "${aorhub.data-dir}";

	private static final String COMMITTED_MARKER = "COMMITTED";

	private static final Duration CHILD_START_TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path dataDir;

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void committedRowSurvivesKillMinusNine() throws Exception {
		String url = applicationDatasourceUrl().replace(DATA_DIR_PLACEHOLDER, dataDir.toAbsolutePath().toString());

		Process writer = new ProcessBuilder(javaBinary(), "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), CommittingWriter.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		try {
			OutputWatcher output = OutputWatcher.start(writer.getInputStream());
			assertThat(output.awaitMarker(CHILD_START_TIMEOUT))
				.as("writer process reported its commit; its output was:%n%s", output.lines())
				.isTrue();

			writer.destroyForcibly();
			assertThat(writer.waitFor(10, TimeUnit.SECONDS)).as("writer process ended after SIGKILL").isTrue();
			assertThat(writer.exitValue()).as("writer was killed by SIGKILL (128 + 9), not shut down").isEqualTo(137);
		}
		finally {
			writer.destroyForcibly();
		}

		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from durability_probe where id = 1")) {
			assertThat(rows.next()).as("committed row is still there after kill -9").isTrue();
			assertThat(rows.getString("note")).isEqualTo(CommittingWriter.NOTE);
		}
	}

	/** The datasource URL exactly as the application ships it. */
	private static String applicationDatasourceUrl() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = H2DurabilityTests.class.getResourceAsStream("/application.properties")) {
			assertThat(in).as("application.properties on the classpath").isNotNull();
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).as("the default datasource is a file-based H2 database under aorhub.data-dir")
			.startsWith("jdbc:h2:file:")
			.contains(DATA_DIR_PLACEHOLDER);
		return url;
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * Runs in its own JVM: commits one row, says so, then waits to be killed. It never
	 * closes the connection, so nothing but the commit itself can have made the row
	 * durable.
	 */
	static class CommittingWriter {

		static final String NOTE = "acknowledged before kill -9";

		public static void main(String[] args) throws SQLException, InterruptedException {
			Connection connection = DriverManager.getConnection(args[0], "sa", "");
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table durability_probe (id int primary key, note varchar(100) not null)");
			}
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("insert into durability_probe (id, note) values (1, '" + NOTE + "')");
			}
			connection.commit();
			System.out.println(COMMITTED_MARKER);
			System.out.flush();
			// Bounded: an orphaned writer ends on its own if the test JVM dies first.
			Thread.sleep(Duration.ofMinutes(2).toMillis());
		}

	}

	/** Reads the child's output on a daemon thread so that waiting for it is bounded. */
	private static final class OutputWatcher {

		private final List<String> lines = new CopyOnWriteArrayList<>();

		private final CountDownLatch marker = new CountDownLatch(1);

		static OutputWatcher start(InputStream stream) {
			OutputWatcher watcher = new OutputWatcher();
			Thread reader = new Thread(() -> watcher.read(stream), "durability-writer-output");
			reader.setDaemon(true);
			reader.start();
			return watcher;
		}

		private void read(InputStream stream) {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					this.lines.add(line);
					if (line.equals(COMMITTED_MARKER)) {
						this.marker.countDown();
					}
				}
			}
			catch (IOException ex) {
				this.lines.add("(output closed: " + ex.getMessage() + ")");
			}
		}

		boolean awaitMarker(Duration timeout) throws InterruptedException {
			return this.marker.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		String lines() {
			return String.join(System.lineSeparator(), this.lines);
		}

	}

}
