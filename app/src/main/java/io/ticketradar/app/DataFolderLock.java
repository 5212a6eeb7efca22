package io.ticketradar.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One data folder, one stack: the broker's log, the warehouse and the checkpoints in it are written by one process
 * only (a second one on the same folder corrupts the broker's log or aborts the engine). Taken before anything else
 * starts, held until the stack stops; the operating system releases it when the process dies, kill -9 included. The
 * lock file names the holder, so a second start can say who has the folder.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = "ticketradar.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws ConfigException naming the process that holds the folder */
    static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new ConfigException("the data folder " + dataDir + " is in use by "
                        + (holder.isEmpty() ? "another process" : holder)
                        + ": stop that one first, or pass another --data-dir");
            }
            String holder = "process " + ProcessHandle.current().pid() + " (since " + Instant.now() + ")";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Null when held: by another process, or by a stack of this one (the JVM tracks its own locks apart). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock attempt's own failure is what gets reported
            }
        }
    }

    /** Releases the folder; the file stays (its name is kept, its content is the last holder). */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
