package io.engagementhub.app.wiring;

import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.adapter.persistence.Persistence;
import io.micronaut.context.event.BeanDestroyedEvent;
import io.micronaut.context.event.BeanDestroyedEventListener;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * When the service stops and its pool has closed (after the syncs, which use it, have stopped), an
 * embedded H2 file is compacted, so the file a stopped service leaves holds its data and not every
 * page version written during the syncs (see {@link Persistence#compactClosedH2}).
 */
@Singleton
final class H2CompactionAtStop implements BeanDestroyedEventListener<DataSource> {

    @Override
    public void onDestroyed(BeanDestroyedEvent<DataSource> event) {
        if (event.getBean() instanceof HikariDataSource pool) {
            Persistence.compactClosedH2(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
    }
}
