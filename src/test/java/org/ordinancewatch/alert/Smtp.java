package org.ordinancewatch.alert;

import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/** The real SMTP server the tests send to: GreenMail on 127.0.0.1:3025, as %test.quarkus.mailer.* says. */
final class Smtp {

    private static final ServerSetup SETUP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server;

    private Smtp() {
    }

    static synchronized void up() {
        if (server == null) {
            server = new GreenMail(SETUP);
            server.start();
        }
    }

    /** An outage: the port refuses connections until {@link #up()}. */
    static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    static synchronized void clear() {
        up();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized List<MimeMessage> received() {
        up();
        return List.of(server.getReceivedMessages());
    }

    static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> Mails.to(m).equals(address)).toList();
    }
}
