package vn.laocai.museum.app.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Real sockets on the loopback interface, read back from the kernel's connection table. */
class ClientConnectionTest {

    @Test
    void an_open_connection_is_not_gone_and_a_closed_one_is() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc/net");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            ClientConnection connection = ClientConnection.watch(server.getLocalPort(), client.getLocalPort()).orElseThrow();
            assertThat(connection.gone()).isFalse();

            client.close();
            boolean gone = false;
            for (int i = 0; i < 50 && !gone; i++) {
                Thread.sleep(20);
                gone = connection.gone();
            }
            assertThat(gone).isTrue();
            assertThat(accepted.isClosed()).as("our side is still open: only the client left").isFalse();
        }
    }

    @Test
    void a_connection_that_never_existed_is_not_reported_gone() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc/net");
        assertThat(ClientConnection.watch(1, 2).orElseThrow().gone()).isFalse();
        assertThat(ClientConnection.watch(0, 2)).isEmpty();
    }
}
