package io.engagementhub.app.wiring;

import com.zaxxer.hikari.HikariDataSource;
import io.engagementhub.adapter.persistence.Persistence;
import io.micronaut.context.event.BeanPreDestroyEvent;
import io.micronaut.context.event.BeanPreDestroyEventListener;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * When the service stops and its pool is destroyed (after the syncs, which use it, have stopped),
 * the pool is closed here if it is still open and an embedded H2 file is then compacted, so the file
 * a stopped service leaves holds its data and not every page version written during the syncs (see
 * {@link Persistence#compactClosedH2}). The pool may already be closed: Micronaut's datasource
 * factory closes the pools it made when it is itself destroyed, and which of the two goes first
 * varies from run to run. Closing twice is harmless.
 */
@Singleton
final class H2CompactionAtStop implements BeanPreDestroyEventListener<DataSource> {

    @Override
    public DataSource onPreDestroy(BeanPreDestroyEvent<DataSource> event) {
        if (event.getBean() instanceof HikariDataSource pool) {
            pool.close();
            Persistence.compactClosedH2(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return event.getBean();
    }
}
