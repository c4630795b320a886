package io.budgetwatch.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap while it streams, so an endless chunked body or a lying Content-Length
 * never reaches memory: beyond the cap the exchange is cancelled and the body fails with {@link TooLarge}, or, when
 * only the head of the body matters (an error page), completes with what was read.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    static final class TooLarge extends RuntimeException {
        TooLarge(long cap) {
            super("body larger than " + cap + " bytes", null, false, false);
        }
    }

    private final long cap;
    private final boolean failBeyondCap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap, boolean failBeyondCap) {
        this.cap = cap;
        this.failBeyondCap = failBeyondCap;
    }

    /** A subscriber that refuses the body before reading it (its declared length is beyond the cap). */
    static CappedBody refusing(long cap) {
        CappedBody refused = new CappedBody(cap, true);
        refused.body.completeExceptionally(new TooLarge(cap));
        return refused;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (body.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (out.size() + (long) buffer.remaining() > cap) {
                subscription.cancel();
                if (failBeyondCap) {
                    body.completeExceptionally(new TooLarge(cap));
                } else {
                    body.complete(out.toByteArray());
                }
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
