package io.optionsv4.dhan.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeOrderUpdateServer;
import io.optionsv4.dhan.testdata.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The order-update client against the fake socket: the login message, reconnecting, and stopping on a refusal. */
class OrderUpdateStreamTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void test_login_isTheReferenceMessageAndAlertsArrive() {
        try (FakeDhanServer server = FakeDhanServer.start(new ManualClock(DhanScenario.NOW));
                FakeOrderUpdateServer updates = server.orderUpdates()) {
            List<String> messages = new CopyOnWriteArrayList<>();
            try (OrderUpdateStream stream = new OrderUpdateStream(
                    updates.url(),
                    FakeDhanServer.CLIENT_ID,
                    FakeDhanServer.ACCESS_TOKEN,
                    messages::add,
                    () -> {},
                    Duration.ofMillis(20))) {
                stream.start();
                // the server counts the login when it reads it, the stream when its send completes: wait for both
                awaitTrue(() -> updates.sessions() == 1 && stream.sessions() == 1);

                assertThat(updates.logins())
                        .singleElement()
                        .satisfies(login -> assertThat(login)
                                .contains("\"MsgCode\":42")
                                .contains("\"UserType\":\"SELF\"")
                                .contains("\"ClientId\":\"" + FakeDhanServer.CLIENT_ID + "\""));
                assertThat(stream.sessions()).isEqualTo(1);
                assertThat(stream.refused()).isFalse();
            }
        }
    }

    @Test
    void test_refusedLogin_stopsTheStream() {
        try (FakeDhanServer server = FakeDhanServer.start(new ManualClock(DhanScenario.NOW));
                FakeOrderUpdateServer updates = server.orderUpdates()) {
            AtomicInteger reconnects = new AtomicInteger();
            try (OrderUpdateStream stream = new OrderUpdateStream(
                    updates.url(),
                    FakeDhanServer.CLIENT_ID,
                    "a-wrong-token",
                    m -> {},
                    reconnects::incrementAndGet,
                    Duration.ofMillis(20))) {
                stream.start();
                awaitTrue(stream::refused);
                LockSupport.parkNanos(Duration.ofMillis(300).toNanos());

                assertThat(updates.logins()).hasSize(1);
                assertThat(updates.sessions()).isZero();
                assertThat(reconnects.get()).isZero();
                assertThat(updates.logins().get(0)).doesNotContain(FakeDhanServer.ACCESS_TOKEN);
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + PATIENCE);
            }
            LockSupport.parkNanos(5_000_000);
        }
    }
}
