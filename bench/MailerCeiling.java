import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;

/**
 * For the alert fan-out benchmark: the ceiling of the app's SMTP client on its own. The Vert.x mail client that
 * quarkus-mailer wraps, with the app's pool settings (keep-alive, pipelining, WINDOW connections), sends N ready-made
 * messages shaped like an alert (an HTML and a plain-text part, about 5 kB) with WINDOW in flight, and prints
 * messages/s of the second of two rounds (the first warms the JIT up). No template, no database, no app.
 *
 * java -cp "target/quarkus-app/lib/main/*" bench/MailerCeiling.java PORT N WINDOW
 */
public class MailerCeiling {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        int window = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx();
        MailClient client = MailClient.create(vertx, new MailConfig().setHostname("127.0.0.1").setPort(port)
                .setStarttls(StartTLSOptions.DISABLED).setKeepAlive(true).setPipelining(true).setMaxPoolSize(window));
        String html = ("<tr><th align=\"left\" style=\"padding: .2em 1em .2em 0;\">Measure</th><td><a href=\"https://"
                + "ordinancewatch.example.org/m/alabama-regulation-2022\">Alabama regulation</a></td></tr>\n").repeat(20);
        String text = "Measure:      Alabama regulation <https://ordinancewatch.example.org/m/alabama-regulation>\n";
        double rate = 0;
        for (int round = 0; round < 2; round++) {
            Semaphore slots = new Semaphore(window);
            CountDownLatch done = new CountDownLatch(count);
            AtomicInteger failed = new AtomicInteger();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                slots.acquire();
                MailMessage message = new MailMessage().setFrom("alerts@localhost").setTo("s" + i + "@bench.invalid")
                        .setSubject("[bench] Alabama: regulation is now Passed").setHtml(html).setText(text.repeat(25))
                        .setHeaders(MultiMap.caseInsensitiveMultiMap().add("Message-ID", "<ceiling-" + round + "-" + i + "@bench>"));
                client.sendMail(message).onComplete(sent -> {
                    if (sent.failed()) {
                        failed.incrementAndGet();
                    }
                    slots.release();
                    done.countDown();
                });
            }
            done.await();
            rate = count / ((System.nanoTime() - start) / 1e9);
            if (failed.get() > 0) {
                System.err.println(failed.get() + " of " + count + " failed");
            }
        }
        System.out.printf("%.0f%n", rate);
        client.close();
        vertx.close();
    }
}
