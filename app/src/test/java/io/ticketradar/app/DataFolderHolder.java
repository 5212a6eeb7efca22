package io.ticketradar.app;

import java.nio.file.Path;

/** A separate process that holds a data folder like a running stack does, until its input closes. */
final class DataFolderHolder {

    private DataFolderHolder() {}

    public static void main(String[] args) throws Exception {
        try (DataFolderLock lock = DataFolderLock.acquire(Path.of(args[0]))) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the parent closes our input or kills us
            }
        }
    }
}
