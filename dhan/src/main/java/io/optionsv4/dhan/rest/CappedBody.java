package io.optionsv4.dhan.rest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body handler that reads at most {@link #MAX_BYTES} bytes: a longer (or endless) body is cancelled and
 * fails with an {@link IOException} instead of exhausting memory. The time limit is the caller's: {@link
 * DhanRestClient} waits at most the request timeout for the whole response and then {@link Handler#cancel() cancels}
 * the body, which closes the connection of a body that stalled after its headers.
 */
final class CappedBody {

    /** The largest response body read, 16 MiB (a NIFTY option chain is about 1 MiB). */
    static final long MAX_BYTES = 16L << 20;

    private CappedBody() {}

    /** Returns a handler for one response that reads the body as UTF-8 text, failing beyond {@code maxBytes}. */
    static Handler handler(long maxBytes) {
        return new Handler(maxBytes);
    }

    /** The handler of one response; {@link #cancel()} stops reading its body. */
    static final class Handler implements HttpResponse.BodyHandler<String> {
        private final long maxBytes;
        private volatile Subscriber subscriber;
        private volatile boolean cancelled;

        private Handler(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo info) {
            Subscriber s = new Subscriber(maxBytes);
            subscriber = s;
            if (cancelled) {
                s.cancel();
            }
            return s;
        }

        /** Cancels the body's subscription (closing its connection) and fails its future; idempotent. */
        void cancel() {
            cancelled = true;
            Subscriber s = subscriber;
            if (s != null) {
                s.cancel();
            }
        }
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<String> {

        private final HttpResponse.BodySubscriber<String> text =
                HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private final long maxBytes;
        private volatile Flow.Subscription subscription;
        private volatile boolean cancelled;
        private long seen;

        Subscriber(long maxBytes) {
            this.maxBytes = maxBytes;
            text.getBody().whenComplete((value, failure) -> {
                if (failure == null) {
                    body.complete(value);
                } else {
                    body.completeExceptionally(failure);
                }
            });
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            text.onSubscribe(newSubscription);
            if (cancelled) {
                newSubscription.cancel();
            }
        }

        void cancel() {
            cancelled = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            body.completeExceptionally(new IOException("response body cancelled"));
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            for (ByteBuffer buffer : item) {
                seen += buffer.remaining();
            }
            if (seen > maxBytes) {
                subscription.cancel();
                body.completeExceptionally(new IOException("response body larger than " + maxBytes + " bytes"));
                return;
            }
            text.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            text.onError(throwable);
        }

        @Override
        public void onComplete() {
            text.onComplete();
        }
    }
}
