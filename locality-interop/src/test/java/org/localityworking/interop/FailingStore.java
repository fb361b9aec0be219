package org.localityworking.interop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StorageException;

/** A store that counts its units of work and refuses one of them, as a full disk would. */
final class FailingStore {
    private FailingStore() {
    }

    /**
     * @param failing the unit of work to refuse, counting from 1 ({@code Integer.MAX_VALUE}: none)
     * @param units   counts the units of work begun
     */
    static LocalityStore failingOn(LocalityStore store, int failing, AtomicInteger units) {
        return (LocalityStore) Proxy.newProxyInstance(LocalityStore.class.getClassLoader(),
                new Class<?>[] {LocalityStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("inTransaction") || method.getName().equals("runInTransaction")) {
                        if (units.incrementAndGet() == failing) {
                            throw new StorageException("The store memory: refused the commit (test): the disk is full");
                        }
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
