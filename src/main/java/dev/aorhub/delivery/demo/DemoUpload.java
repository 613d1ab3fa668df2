package dev.aorhub.delivery.demo;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A generated file handed to the services as an upload would be, so the demo's versions
 * go through the same checks, storage and thumbnails as a person's.
 */
record DemoUpload(String name, String contentType, byte[] bytes) implements MultipartFile {

	@Override
	public String getName() {
		return "file";
	}

	@Override
	public String getOriginalFilename() {
		return this.name;
	}

	@Override
	public String getContentType() {
		return this.contentType;
	}

	@Override
	public boolean isEmpty() {
		return this.bytes.length == 0;
	}

	@Override
	public long getSize() {
		return this.bytes.length;
	}

	@Override
	public byte[] getBytes() {
		return this.bytes.clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.bytes);
	}

	@Override
	public void transferTo(File dest) throws IOException {
		Files.write(dest.toPath(), this.bytes);
	}

}
