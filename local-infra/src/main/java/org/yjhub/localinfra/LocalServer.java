package org.yjhub.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A server this JVM runs on a port with a data directory (the broker, the database): started, stopped, asked whether
 * it runs and closed alike. A server started on a temporary directory deletes it when closed.
 *
 * @param <S> the running server
 */
public abstract class LocalServer<S> implements AutoCloseable {

    protected final int port;
    protected final Path dataDir;
    private final boolean temporary;
    private S server;

    protected LocalServer(int port, Path dataDir, boolean temporary) {
        this.port = port;
        this.dataDir = dataDir;
        this.temporary = temporary;
    }

    /** Starts the server on this port and directory; returns once it serves. */
    protected abstract S launch() throws IOException;

    /** Stops a running server. */
    protected abstract void halt(S server) throws IOException;

    public synchronized void start() {
        try {
            server = launch();
        } catch (IOException e) {
            throw new UncheckedIOException(getClass().getSimpleName() + " did not start on port " + port, e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            try {
                halt(server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            TempDirs.delete(dataDir);
        }
    }

    /** A port nothing listens on now. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
