package org.ordinancewatch.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A minimal SMTP server on 127.0.0.1 that accepts every message and records its recipient and Message-ID.
 * A message counts as received once its data has arrived (the final "."), before the server's 250: an
 * instance killed while waiting for that answer has had its message taken, as a real server may have queued
 * it, which is exactly the case the documented at-least-once bound covers. {@link #delayMillis} holds each
 * answer back, so that a dispatch run lasts long enough to be interrupted.
 */
final class SmtpSink implements AutoCloseable {

    record Received(String messageId, String to, long at) {
    }

    private final ServerSocket server;
    private final Thread acceptor;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile long delayMillis;

    SmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAll, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** How often each Message-ID arrived. */
    Map<String, Long> copiesByMessageId() {
        return received.stream().collect(Collectors.groupingBy(Received::messageId, Collectors.counting()));
    }

    /** The recipients of what arrived, by address, with their copies. */
    Map<String, Long> copiesByRecipient(Function<String, Boolean> which) {
        return received.stream().filter(r -> which.apply(r.to()))
                .collect(Collectors.groupingBy(Received::to, Collectors.counting()));
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> serve(socket), "smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String to = null;
            for (String line; (line = in.readLine()) != null;) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "MAIL" -> {
                        to = null;
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        to = address(line);
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String messageId = null;
                        boolean headers = true;
                        for (String data; (data = in.readLine()) != null && !data.equals(".");) {
                            if (data.isEmpty()) {
                                headers = false;
                            } else if (headers && data.toLowerCase(Locale.ROOT).startsWith("message-id:")) {
                                messageId = data.substring("message-id:".length()).trim();
                            }
                        }
                        received.add(new Received(String.valueOf(messageId), to, System.currentTimeMillis()));
                        long delay = delayMillis;
                        if (delay > 0) {
                            Thread.sleep(delay);
                        }
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away (killed): nothing to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String address(String rcpt) {
        int open = rcpt.indexOf('<');
        int close = rcpt.indexOf('>', open + 1);
        return open >= 0 && close > open ? rcpt.substring(open + 1, close).toLowerCase(Locale.ROOT) : rcpt;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
