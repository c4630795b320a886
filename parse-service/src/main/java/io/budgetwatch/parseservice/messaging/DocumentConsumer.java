package io.budgetwatch.parseservice.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.budgetwatch.events.EventMessages;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.parseservice.config.ParseConfig;
import io.budgetwatch.parseservice.service.ParsingService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * disclosure.documents.v1 → disclosure.parsed.v1. Reading is CPU work, so it runs on a worker thread; a document
 * that cannot be read throws, and the channel's dead-letter strategy sends the record to
 * disclosure.documents.v1.dlq with the reason, while consumption goes on.
 */
@ApplicationScoped
public class DocumentConsumer {
    private static final Logger LOG = Logger.getLogger(DocumentConsumer.class);

    @Inject
    ParsingService parsing;

    @Inject
    ParseConfig config;

    @Inject
    @Channel("parsed")
    MutinyEmitter<DisclosureParsed> parsed;

    @Incoming("documents")
    @Blocking
    public void consume(DocumentDiscovered document) {
        DisclosureParsed result = parsing.parse(document);
        parsed.sendMessageAndAwait(EventMessages.keyed(result, result.departmentKey(), config.eventSource()));
        LOG.infof("parsed %s: %s %s %s, %d pages, %d tables, %d warnings", document.documentId(),
                result.department().name(), result.year(), result.kind(), result.pages(), result.tables().size(),
                result.quality().warnings().size());
    }
}
