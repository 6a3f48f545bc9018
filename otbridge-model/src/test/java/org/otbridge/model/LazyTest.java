package org.otbridge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lazy value is worked out once, however many threads ask for it at the same moment. */
class LazyTest {

    @Test
    void manyThreadsAskingAtOnceGetTheOneValueWorkedOutOnce() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        Lazy<List<Integer>> lazy = new Lazy<>(() -> {
            computed.incrementAndGet();
            return List.of(1, 2, 3);
        });
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Integer>>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            List<Integer> first = asked.get(0).get();
            for (Future<List<Integer>> answer : asked) {
                assertThat(answer.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
        assertThat(lazy.get()).containsExactly(1, 2, 3);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aComputationThatGivesNothingIsAnError() {
        Lazy<String> lazy = new Lazy<>(() -> null);
        assertThatThrownBy(lazy::get).isInstanceOf(NullPointerException.class);
    }
}
