package vn.laocai.museum.app.base.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells whether the client of a request still holds its TCP connection, by the kernel's own table
 * of connections ({@code /proc/net/tcp} and {@code tcp6}, Linux). A servlet container only learns
 * that a client left when it reads or writes, and a request that is still computing its answer
 * does neither; this lets long work (a SPARQL query) stop when nobody awaits it any more.
 *
 * <p>On systems without {@code /proc/net} {@link #watch} returns empty and nothing is ever
 * reported gone.
 *
 * <pre>{@code
 * ClientConnection.watch(request.getLocalPort(), request.getRemotePort())
 *         .ifPresent(connection -> { if (connection.gone()) cancel(); });
 * }</pre>
 */
public final class ClientConnection {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp6"), Path.of("/proc/net/tcp"));
    /** Kernel TCP states after the peer sent FIN: CLOSE_WAIT, LAST_ACK, CLOSING, CLOSE. */
    private static final List<String> PEER_CLOSED = List.of("08", "09", "0B", "07");

    private final List<Path> tables;
    private final String localPort;
    private final String remotePort;
    private boolean seen;

    ClientConnection(List<Path> tables, int localPort, int remotePort) {
        this.tables = tables;
        this.localPort = hexPort(localPort);
        this.remotePort = hexPort(remotePort);
    }

    /** A watch on the connection between our {@code localPort} and the client's {@code remotePort}. */
    public static Optional<ClientConnection> watch(int localPort, int remotePort) {
        if (localPort <= 0 || remotePort <= 0 || TABLES.stream().noneMatch(Files::isReadable)) {
            return Optional.empty();
        }
        return Optional.of(new ClientConnection(TABLES, localPort, remotePort));
    }

    /**
     * True once the client has closed its side (or the connection, once seen, has left the table);
     * false while it is open or while it cannot be told.
     */
    public boolean gone() {
        Optional<String> state = state();
        if (state.isEmpty()) {
            return seen;
        }
        seen = true;
        return PEER_CLOSED.contains(state.get());
    }

    private Optional<String> state() {
        for (Path table : tables) {
            try (var lines = Files.lines(table)) {
                Optional<String> state = lines.skip(1).map(line -> line.trim().split("\\s+"))
                        .filter(fields -> fields.length > 3 && fields[1].endsWith(":" + localPort)
                                && fields[2].endsWith(":" + remotePort))
                        .map(fields -> fields[3].toUpperCase(Locale.ROOT))
                        .findFirst();
                if (state.isPresent()) {
                    return state;
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable table tells nothing; the caller keeps waiting.
            }
        }
        return Optional.empty();
    }

    private static String hexPort(int port) {
        return String.format(Locale.ROOT, "%04X", port);
    }
}
