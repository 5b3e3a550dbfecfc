package org.ordinancewatch.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * The real SMTP server the tests send to: GreenMail on 127.0.0.1, on a port free when the test JVM first
 * asked, so that two test runs on one machine never deliver into each other's server. The alert test
 * profile points quarkus.mailer.port at it.
 */
public final class Smtp {

    /** A JVM-wide property, because the test profile and the test classes may live in different class loaders. */
    private static final String PORT_PROPERTY = "ow.test.smtp-port";
    private static GreenMail server;

    private Smtp() {
    }

    public static int port() {
        synchronized (System.getProperties()) {
            String port = System.getProperty(PORT_PROPERTY);
            if (port == null) {
                port = String.valueOf(freePort());
                System.setProperty(PORT_PROPERTY, port);
            }
            return Integer.parseInt(port);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test SMTP server", e);
        }
    }

    public static synchronized void up() {
        if (server == null) {
            GreenMail starting = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            starting.start();
            server = starting;
        }
    }

    /** An outage: the port refuses connections until {@link #up()}. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized void clear() {
        up();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized List<MimeMessage> received() {
        up();
        return List.of(server.getReceivedMessages());
    }

    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> Mails.to(m).equals(address)).toList();
    }
}
