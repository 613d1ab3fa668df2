package dev.aorhub.shared.storage;

import java.io.InputStream;
import java.util.UUID;

/**
 * Where uploaded files (signed contracts, creative assets) keep their bytes: local disk
 * by default, an S3-compatible store for several nodes. Keys are made by the storage and
 * always belong to one workspace; callers serve a file only after checking that the
 * record pointing at it is the requesting workspace's.
 */
public interface FileStorage {

	/** Stores the content and answers its key. */
	String store(UUID workspaceId, InputStream content);

	/** The content under the key; a key of another workspace is refused. */
	InputStream open(UUID workspaceId, String key);

	/** Removes the content; a missing key is ignored. */
	void delete(UUID workspaceId, String key);

}
