package io.engagementhub.adapter.persistence;

import io.engagementhub.domain.model.EngagementEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes events into the first schema's wide {@code engagement_event} table (V1), one column per
 * field, as the store did before V3: what the migration test fills an old store with.
 */
final class FirstSchemaInsert {

    private static final String SQL = "INSERT INTO engagement_event (account, event_id, provider, product, event_type,"
            + " occurred_at, campaign_id, parent_campaign_id, recipient_id, recipient_email, profile_id,"
            + " subprofile_id, link_url, link_id, link_title, client_ip, client_user_agent, client_device_type,"
            + " client_referer, bounce_code, bounce_category, bounce_description, provider_event_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    FirstSchemaInsert(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(List<EngagementEvent> page) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(SQL)) {
            connection.setAutoCommit(false);
            for (EngagementEvent event : page) {
                bind(insert, event);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private static void bind(PreparedStatement insert, EngagementEvent e) throws SQLException {
        insert.setString(1, e.account());
        insert.setString(2, e.id().value());
        insert.setString(3, e.provider().name());
        insert.setString(4, e.product());
        insert.setString(5, e.type().name());
        insert.setObject(6, e.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(7, e.campaignId());
        insert.setString(8, e.parentCampaignId());
        insert.setString(9, e.recipient().id());
        insert.setString(10, e.recipient().email());
        insert.setString(11, e.recipient().profileId());
        insert.setString(12, e.recipient().subprofileId());
        insert.setString(13, e.link() == null ? null : e.link().url());
        insert.setString(14, e.link() == null ? null : e.link().id());
        insert.setString(15, e.link() == null ? null : e.link().title());
        insert.setString(16, e.client() == null ? null : e.client().ip());
        insert.setString(17, e.client() == null ? null : e.client().userAgent());
        insert.setString(18, e.client() == null ? null : e.client().deviceType().name());
        insert.setString(19, e.client() == null ? null : e.client().referer());
        insert.setString(20, e.bounce() == null ? null : e.bounce().code());
        insert.setString(21, e.bounce() == null ? null : e.bounce().category().name());
        insert.setString(22, e.bounce() == null ? null : e.bounce().description());
        insert.setString(23, e.providerEventId());
    }
}
