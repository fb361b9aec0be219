package org.localityworking.storage.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The kit's time limit: every case of the kit (and its set-up and tidy-up) runs in a thread of its own and fails
 * when it has not finished within the limit, so a backend that hangs fails the build instead of hanging it. The
 * hung thread is interrupted and left behind, as a daemon.
 *
 * <p>The limit is {@value #DEFAULT_SECONDS} seconds, enough for the slowest case (the crash and multi-process
 * trials) on a loaded two-core machine; a run may set another with the configuration parameter or system
 * property {@value #PROPERTY} (whole seconds).
 */
@API(status = MAINTAINED, since = "1.0")
public final class KitTimeLimit implements InvocationInterceptor {
    /** The configuration parameter or system property that sets the limit, in seconds. */
    public static final String PROPERTY = "localityworking.kit.timeLimitSeconds";
    /** The limit when none is set, in seconds. */
    public static final long DEFAULT_SECONDS = 300;

    /** Created by JUnit through {@code @ExtendWith}. */
    public KitTimeLimit() {
    }

    static Duration limit(ExtensionContext context) {
        String value = context.getConfigurationParameter(PROPERTY).orElse(System.getProperty(PROPERTY));
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(DEFAULT_SECONDS);
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PROPERTY + " must be a whole number of seconds above 0, not " + value);
    }

    private static void within(Invocation<Void> invocation, ExtensionContext context, String what) throws Throwable {
        Duration limit = limit(context);
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                invocation.proceed();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new ExecutionException(t);
            }
            return null;
        });
        Thread thread = new Thread(task, "kit: " + what);
        thread.setDaemon(true);
        thread.start();
        try {
            task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            AssertionError failure = new AssertionError(what + " did not finish within " + limit.toSeconds()
                    + " s (the kit's time limit, " + PROPERTY + "): the backend hangs or is far too slow");
            StackTraceElement[] where = thread.getStackTrace();
            if (where.length > 0) {
                Throwable hung = new Throwable("where the case was when the limit passed");
                hung.setStackTrace(where);
                failure.addSuppressed(hung);
            }
            throw failure;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof ExecutionException inner && inner.getCause() != null ? inner.getCause() : cause;
        }
    }

    private static String name(ReflectiveInvocationContext<Method> invocation) {
        return invocation.getExecutable().getDeclaringClass().getSimpleName() + "." + invocation.getExecutable().getName();
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext extensionContext) throws Throwable {
        within(invocation, extensionContext, "The kit case " + name(invocationContext));
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext extensionContext) throws Throwable {
        within(invocation, extensionContext, "The kit case " + name(invocationContext));
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
                                          ReflectiveInvocationContext<Method> invocationContext,
                                          ExtensionContext extensionContext) throws Throwable {
        within(invocation, extensionContext, "The kit's set-up " + name(invocationContext));
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation,
                                         ReflectiveInvocationContext<Method> invocationContext,
                                         ExtensionContext extensionContext) throws Throwable {
        within(invocation, extensionContext, "The kit's tidy-up " + name(invocationContext));
    }
}
