package dev.aorhub.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.aorhub.shared.Ids;
import dev.aorhub.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Files on the local disk under {@code aorhub.storage.directory}, one folder per
 * workspace, each file named by a fresh UUID: no name a user chose ever reaches the file
 * system, and a key is only opened inside its own workspace's folder.
 */
@Component
class LocalFileStorage implements FileStorage {

	private static final Pattern KEY = Pattern.compile(
			"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	private final Path root;

	LocalFileStorage(StorageProperties properties) {
		this.root = properties.directory().toAbsolutePath().normalize();
	}

	@Override
	public String store(UUID workspaceId, InputStream content) {
		String key = workspaceId + "/" + Ids.newId();
		Path target = path(workspaceId, key);
		try {
			Files.createDirectories(target.getParent());
			Path partial = target.resolveSibling(target.getFileName() + ".part");
			Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a file", ex);
		}
		return key;
	}

	@Override
	public InputStream open(UUID workspaceId, String key) {
		try {
			return Files.newInputStream(path(workspaceId, key));
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("The file is no longer stored");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read a stored file", ex);
		}
	}

	@Override
	public void delete(UUID workspaceId, String key) {
		try {
			Files.deleteIfExists(path(workspaceId, key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete a stored file", ex);
		}
	}

	private Path path(UUID workspaceId, String key) {
		if (key == null || !KEY.matcher(key).matches() || !key.startsWith(workspaceId + "/")) {
			throw new NotFoundException("No such file in this workspace");
		}
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root)) {
			throw new NotFoundException("No such file in this workspace");
		}
		return path;
	}

}
