package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.fetch.FetchException.Reason;

/**
 * A hostile DNS answers the address check with one address and the connection with another. Everything stays on
 * loopback: the "public" answer is 127.0.0.1 (where the real test server listens, and which this test's policy
 * allows) and the rebound answer is 127.0.0.2, which the policy forbids and where a trap records any connection.
 */
class FetcherRebindingTest {

    private static final InetAddress CHECKED = loopback(1);
    private static final InetAddress REBOUND = loopback(2);
    private static final String HOST = "rebinding.test";

    private TestServer server;
    private Trap trap;
    private final AtomicInteger lookups = new AtomicInteger();
    /** First answer 127.0.0.1, every later one 127.0.0.2. */
    private final HostResolver rebindingDns = host -> {
        if (!host.equals(HOST)) {
            throw new UnknownHostException(host + " (this test resolves only " + HOST + ")");
        }
        return List.of(lookups.incrementAndGet() == 1 ? CHECKED : REBOUND);
    };
    private final AddressPolicy only127001 = address -> address.equals(CHECKED) ? Optional.empty()
            : Optional.of("address this test forbids");

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer()
                .text("/page", 200, "the checked server")
                .route("/hop", (ex, hit) -> TestServer.redirect(ex, 302, "/page"));
        trap = new Trap(REBOUND, server.port());
    }

    @AfterEach
    void tearDown() throws IOException {
        trap.close();
        server.close();
    }

    @Test
    void connectionGoesToTheCheckedAddressNotToALaterAnswer() throws Exception {
        FetchedPage page = fetcher().fetch(url("/page"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.body())).isEqualTo("the checked server");
        assertThat(lookups).hasValue(1);
        assertThat(trap.connections()).isEmpty();
    }

    @Test
    void hostHeaderStillNamesTheHost() throws Exception {
        fetcher().fetch(url("/page"));

        assertThat(server.headers("/page", 1).getFirst("Host")).isEqualTo(HOST + ":" + server.port());
    }

    @Test
    void retriesReuseTheCheckedAddress() throws Exception {
        server.route("/flaky", (ex, hit) -> TestServer.send(ex, hit == 1 ? 503 : 200, "attempt " + hit));

        FetchedPage page = fetcher().fetch(url("/flaky"));

        assertThat(new String(page.body())).isEqualTo("attempt 2");
        assertThat(lookups).hasValue(1);
        assertThat(trap.connections()).isEmpty();
    }

    @Test
    void redirectHopIsResolvedAgainAndItsForbiddenAnswerRefused() {
        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher().fetch(url("/hop")));

        assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
        assertThat(e.getMessage()).contains("127.0.0.2");
        assertThat(server.hits("/hop")).isEqualTo(1);
        assertThat(server.hits("/page")).isZero();
        assertThat(trap.connections()).isEmpty();
    }

    private Fetcher fetcher() {
        FakeTime time = new FakeTime();
        return new Fetcher(TestSettings.fast().allowPrivateAddresses(false).build(), time, time, only127001,
                rebindingDns, StandaloneVertx.get());
    }

    private URI url(String path) {
        return URI.create("http://" + HOST + ":" + server.port() + path);
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Listens where a broken guard would connect, and records every connection it accepts. */
    private static final class Trap implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket();
        private final List<String> connections = new CopyOnWriteArrayList<>();

        Trap(InetAddress address, int port) throws IOException {
            socket.bind(new InetSocketAddress(address, port));
            Thread acceptor = new Thread(() -> {
                while (true) {
                    try (Socket accepted = socket.accept()) {
                        connections.add(accepted.getRemoteSocketAddress().toString());
                    } catch (SocketException closed) {
                        return;
                    } catch (IOException e) {
                        connections.add("accept failed: " + e);
                    }
                }
            }, "rebinding-trap");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        List<String> connections() {
            return connections;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
