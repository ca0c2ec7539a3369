package org.ecosystemgraph.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * Counts the Cypher statements sent through a driver, by wrapping its sessions and transactions, and on request
 * records them with their parameters, so that a benchmark can send the very same statements over a bare driver. For
 * benchmarks and tests, which wrap the application's driver with it; it costs a proxy call per statement.
 */
public final class StatementRecorder {

    private final AtomicLong statements = new AtomicLong();

    /** Where statements go while a recording runs; null otherwise. */
    private volatile List<Query> recording;

    /** Statements sent through {@link #wrap wrapped} drivers so far. */
    public long count() {
        return statements.get();
    }

    /** Records every statement sent from now until {@link #stopRecording}. */
    public void startRecording() {
        recording = Collections.synchronizedList(new ArrayList<>());
    }

    /** The statements sent since {@link #startRecording}, in the order they were sent. */
    public List<Query> stopRecording() {
        List<Query> recorded = recording;
        recording = null;
        return recorded == null ? List.of() : List.copyOf(recorded);
    }

    /** Counts {@code query} and, while recording, records it: for statements that bypass the driver. */
    public void sent(Query query) {
        statements.incrementAndGet();
        List<Query> log = recording;
        if (log != null) {
            log.add(query);
        }
    }

    /** The driver, with every statement its sessions and transactions run counted and, while recording, recorded. */
    public Driver wrap(Driver driver) {
        return wrap(driver, Driver.class);
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("run")) {
                sent(query(args));
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Session session && method.getReturnType() == Session.class) {
                return wrap(session, Session.class);
            }
            if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
                return wrap(transaction, Transaction.class);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** The statement of a {@code run} call, whichever of the driver's overloads it went through. */
    @SuppressWarnings("unchecked")
    private static Query query(Object[] args) {
        if (args[0] instanceof Query query) {
            return query;
        }
        String text = (String) args[0];
        if (args.length == 1 || args[1] == null) {
            return new Query(text);
        }
        if (args[1] instanceof Map<?, ?> parameters) {
            return new Query(text, (Map<String, Object>) parameters);
        }
        if (args[1] instanceof Value parameters) {
            return new Query(text, parameters);
        }
        if (args[1] instanceof org.neo4j.driver.Record parameters) {
            return new Query(text, parameters.asMap());
        }
        throw new IllegalArgumentException("Unknown parameters of run: " + args[1].getClass());
    }
}
