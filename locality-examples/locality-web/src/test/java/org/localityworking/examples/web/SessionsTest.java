package org.localityworking.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A session that has ended stays ended: many requests using it while it is ended never bring it back, whatever the
 * order the threads run in (the look-up and its touch are one atomic step).
 */
class SessionsTest {
    @Test
    void aSessionEndedWhileRequestsUseItIsNeverBroughtBack() throws Exception {
        Sessions sessions = new Sessions(Clock.fixed(Instant.parse("2016-03-01T12:00:00Z"), ZoneId.of("Europe/London")));
        for (int trial = 0; trial < 200; trial++) {
            Sessions.Session s = sessions.start(Optional.of("officer"));
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> users = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread user = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    for (int i = 0; i < 200; i++) {
                        sessions.find(s.token());
                    }
                });
                user.start();
                users.add(user);
            }
            go.countDown();
            sessions.end(s.token());
            for (Thread user : users) {
                user.join();
            }
            assertEquals(Optional.empty(), sessions.find(s.token()), "trial " + trial + ": the ended session came back");
        }
    }
}
