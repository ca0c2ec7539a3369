package org.ecosystemgraph.api.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the Cypher statements the application sends, by wrapping the driver's sessions and transactions. Switched
 * on for benchmarks and tests only ({@code kg.bench.count-statements=true}); it costs a proxy call per statement.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("kg.bench.count-statements")
public class StatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    /** Statements sent since the application started. */
    public static long count() {
        return STATEMENTS.get();
    }

    @Bean
    static BeanPostProcessor countingDriver() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
            }
        };
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("run")) {
                STATEMENTS.incrementAndGet();
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
}
