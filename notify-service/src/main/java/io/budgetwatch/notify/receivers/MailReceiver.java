package io.budgetwatch.notify.receivers;

import java.util.List;

import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.AlertLinks;
import io.budgetwatch.notify.domain.Notification;
import io.budgetwatch.notify.domain.MailMessages;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;

/** E-mail over SMTP: one message per group, HTML and plain text, to every configured recipient. */
public class MailReceiver implements Receiver {
    private final ReactiveMailer mailer;
    private final List<String> to;
    private final AlertLinks links;

    public MailReceiver(ReactiveMailer mailer, List<String> to, AlertLinks links) {
        this.mailer = mailer;
        this.to = List.copyOf(to);
        this.links = links;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public Uni<DeliveryResult> deliver(Notification notification) {
        String groupKey = notification.groupKey();
        List<AlertChange> group = notification.alerts();
        Mail mail = new Mail().setTo(to).setSubject(MailMessages.subject(group))
                .setText(MailMessages.text(group, links)).setHtml(MailMessages.html(group, links));
        return mailer.send(mail)
                .map(sent -> new DeliveryResult(name(), groupKey, group.size(), DeliveryResult.DELIVERED, 1, null))
                .onFailure().recoverWithItem(e -> new DeliveryResult(name(), groupKey, group.size(),
                        DeliveryResult.FAILED, 1, String.valueOf(e)));
    }
}
