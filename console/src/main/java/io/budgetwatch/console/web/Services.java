package io.budgetwatch.console.web;

import java.net.http.HttpClient;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.console.api.Ingest;
import io.budgetwatch.console.api.Notify;
import io.budgetwatch.console.api.Reconcile;
import io.budgetwatch.console.api.ServiceHttp;
import io.budgetwatch.console.auth.Operators;
import io.budgetwatch.console.pdf.PageImages;

/** The console's plain-Java parts, built once from the configuration. */
@ApplicationScoped
public class Services {
    private final Ingest ingest;
    private final Reconcile reconcile;
    private final Notify notify;
    private final PageImages pages;
    private final Operators operators;

    @Inject
    public Services(ConsoleConfig config) {
        HttpClient client = ServiceHttp.newClient();
        this.ingest = new Ingest(new ServiceHttp("ingest-service", config.ingestUrl(), client));
        this.reconcile = new Reconcile(new ServiceHttp("reconcile-service", config.reconcileUrl(), client));
        this.notify = new Notify(new ServiceHttp("notify-service", config.notifyUrl(), client),
                config.notifyApiKey());
        this.pages = new PageImages(ingest::content, config.cacheBytes(), config.renderDpi());
        this.operators = new Operators(config.keys().orElse(List.of()));
    }

    public Ingest ingest() {
        return ingest;
    }

    public Reconcile reconcile() {
        return reconcile;
    }

    public Notify alerting() {
        return notify;
    }

    public PageImages pages() {
        return pages;
    }

    public Operators operators() {
        return operators;
    }
}
