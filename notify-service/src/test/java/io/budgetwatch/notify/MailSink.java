package io.budgetwatch.notify;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server for the test (GreenMail, in process, on a free port); the e-mail receiver sends to it. */
public class MailSink implements QuarkusTestResourceLifecycleManager {
    static final String TO = "ops@example.org";
    static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "budgetwatch@example.org",
                "budgetwatch.notify.mail.to", TO);
    }

    @Override
    public void stop() {
        server.stop();
    }
}
