package io.engagementhub.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a JDBC URL may show in health and in start-up messages. */
class JdbcUrlsTest {

    @Test
    void credentialsUserInfoAndParametersAreCutOff() {
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://127.0.0.1:5432/test?password=SECRET&user=u"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://bob:SECRET@db.internal:5432/x"))
                .isEqualTo("jdbc:postgresql://db.internal:5432/x");
        assertThat(JdbcUrls.withoutSecrets("jdbc:h2:file:./data/engagement-hub;PASSWORD=SECRET;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:./data/engagement-hub");
        assertThat(JdbcUrls.withoutSecrets(null)).isEqualTo("unknown");
    }

    @Test
    void messagesQuotingAUrlLoseItsSecretsWhateverTheUrl() {
        assertThat(JdbcUrls.masked("Invalid JDBC URL [garbage?password=SECRET]. JDBC URLs must start with 'jdbc'."))
                .doesNotContain("SECRET")
                .contains("Invalid JDBC URL [garbage?password=***]");
        assertThat(JdbcUrls.masked("cannot reach jdbc:postgresql://u:SECRET@h:1/d?sslpassword=SECRET2 now"))
                .isEqualTo("cannot reach jdbc:postgresql://h:1/d now");
        assertThat(JdbcUrls.masked("unknown host u:SECRET@127.0.0.1")).isEqualTo("unknown host ***@127.0.0.1");
        assertThat(JdbcUrls.masked("Connection to 127.0.0.1:1 refused")).isEqualTo("Connection to 127.0.0.1:1 refused");
    }
}
