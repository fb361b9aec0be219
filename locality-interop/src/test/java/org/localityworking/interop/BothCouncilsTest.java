package org.localityworking.interop;

import org.localityworking.reporting.fixture.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.localityworking.storage.LocalityStore;

/** Tests that read the data set of both councils from one memory store, loaded once per test class. */
abstract class BothCouncilsTest {
    static LocalityStore store;

    @BeforeAll
    static void load() {
        store = Fixture.bothCouncils();
    }

    @AfterAll
    static void close() {
        store.close();
    }
}
