package io.ticketradar.datasets.dataset;

import io.ticketradar.datasets.generate.GeneratedRecord;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/** Reads a data set's records back in stream order, one file open at a time. Close it when stopping early. */
public final class DatasetReader implements Iterator<GeneratedRecord>, AutoCloseable {
    private final Path dir;
    private final Manifest manifest;
    private final Iterator<Manifest.EventFile> files;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private InputStream in;
    private String current;
    private long lineNumber;
    private GeneratedRecord next;

    public DatasetReader(Path dir) {
        this.dir = dir;
        this.manifest = Manifest.read(dir);
        this.files = manifest.files().iterator();
    }

    public Manifest manifest() {
        return manifest;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public GeneratedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        GeneratedRecord record = next;
        next = null;
        return record;
    }

    private GeneratedRecord advance() {
        try {
            while (true) {
                if (in == null) {
                    if (!files.hasNext()) {
                        return null;
                    }
                    current = files.next().path();
                    lineNumber = 0;
                    in = new BufferedInputStream(
                            new GZIPInputStream(Files.newInputStream(dir.resolve(current)), 1 << 16), 1 << 16);
                }
                byte[] bytes = readLine();
                if (bytes == null) {
                    in.close();
                    in = null;
                } else if (bytes.length > 0) {
                    try {
                        return RecordLines.read(bytes);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(current + " line " + lineNumber + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(current), e);
        }
    }

    private byte[] readLine() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        lineNumber++;
        return line.toByteArray();
    }

    @Override
    public void close() {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
