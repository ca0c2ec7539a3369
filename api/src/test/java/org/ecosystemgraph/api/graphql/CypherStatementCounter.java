package org.ecosystemgraph.api.graphql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the Cypher statements the application sends, by wrapping the driver the way a profiler would. */
@TestConfiguration(proxyBeanMethods = false)
public class CypherStatementCounter {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    public static void reset() {
        STATEMENTS.set(0);
    }

    public static int count() {
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
