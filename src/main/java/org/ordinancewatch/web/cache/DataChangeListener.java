package org.ordinancewatch.web.cache;

import org.hibernate.Interceptor;
import org.hibernate.Transaction;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * When a transaction that wrote public data completes, the data version moves on, so no instance keeps serving
 * pages rendered before the change. A rolled-back write moves it too: one needless re-render, never a stale page.
 */
@PersistenceUnitExtension
public class DataChangeListener implements Interceptor {

    private final DataVersion version;

    public DataChangeListener(DataVersion version) {
        this.version = version;
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        if (PublicDataWrites.takeMark()) {
            version.bump();
        }
    }
}
