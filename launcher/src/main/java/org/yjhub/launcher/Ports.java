package org.yjhub.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** The fixed ports of the local stack, and free-port helpers for tests. */
public record Ports(int postgres, int kafka, int inspection, int performance, int budget, int gateway, int control) {

    public static final Ports DEFAULT = new Ports(5432, 9092, 8081, 8082, 8083, 8080, 8099);

    public static Ports free() {
        return new Ports(find(), find(), find(), find(), find(), find(), find());
    }

    public int of(Component c) {
        return switch (c) {
            case POSTGRES -> postgres;
            case KAFKA -> kafka;
            case INSPECTION -> inspection;
            case PERFORMANCE -> performance;
            case BUDGET -> budget;
            case GATEWAY -> gateway;
        };
    }

    static boolean inUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int find() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
