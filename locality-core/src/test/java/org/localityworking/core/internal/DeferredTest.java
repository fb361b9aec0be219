package org.localityworking.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;

/** A list made when first read: once, checked then, and the same to every reader. */
class DeferredTest {
    @Test
    void itsSizeIsKnownWithoutMakingItsElements() {
        AtomicInteger made = new AtomicInteger();
        Deferred<String> list = new Deferred<>("f", 3, () -> {
            made.incrementAndGet();
            return List.of("a", "b", "c");
        });
        assertEquals(3, list.size());
        assertEquals(0, made.get(), "counting does not make the elements");
        assertEquals(List.of("a", "b", "c"), list);
        assertEquals("b", list.get(1));
        assertEquals(1, made.get(), "made once, however often read");
    }

    @Test
    void manyReadersAtOnceSeeOneMaking() throws Exception {
        for (int trial = 0; trial < 50; trial++) {
            AtomicInteger made = new AtomicInteger();
            Deferred<Integer> list = new Deferred<>("f", 1000, () -> {
                made.incrementAndGet();
                List<Integer> out = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    out.add(i);
                }
                return out;
            });
            int threads = 8; // more than the machine's cores: the readers race
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> sums = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                sums.add(pool.submit(() -> {
                    start.await();
                    return list.stream().mapToLong(Integer::longValue).sum();
                }));
            }
            start.countDown();
            for (Future<Long> sum : sums) {
                assertEquals(499_500L, sum.get());
            }
            pool.shutdown();
            assertEquals(1, made.get(), "trial " + trial);
        }
    }

    @Test
    void aWrongListIsRefusedWhenFirstReadNamingTheField() {
        Deferred<String> withNull = new Deferred<>("WardMap.Tile.markers", 2, () -> Arrays.asList("a", null));
        ValidationException e = assertThrows(ValidationException.class, () -> withNull.get(0));
        assertTrue(e.getMessage().contains("WardMap.Tile.markers"), e.getMessage());
        Deferred<String> short1 = new Deferred<>("WardMap.Tile.markers", 2, () -> List.of("a"));
        assertThrows(IllegalStateException.class, () -> short1.get(0));
    }

    @Test
    void itCannotBeChanged() {
        Deferred<String> list = new Deferred<>("f", 1, () -> new ArrayList<>(List.of("a")));
        assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, "b"));
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    }
}
