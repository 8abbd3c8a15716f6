package jo.gov.mol.dwr.routes.intake;

import javax.sql.DataSource;

import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import liquibase.integration.spring.SpringLiquibase;

/**
 * The hub's own database (inbound message log, refusals), configured under {@code hub.datasource}. It is never
 * shared with the registry, which keeps its own; so none of these beans is primary, and the transaction manager
 * is deliberately not a bean, leaving the registry's JPA transaction manager the application's default.
 */
@Configuration(proxyBeanMethods = false)
public class HubDatabaseConfiguration {
    public static final String TRANSACTION_POLICY = "hubTransaction";

    @Bean
    @ConfigurationProperties("hub.datasource")
    DataSourceProperties hubDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean(defaultCandidate = false)
    @ConfigurationProperties("hub.datasource.hikari")
    DataSource hubDataSource(@Qualifier("hubDataSourceProperties") DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(com.zaxxer.hikari.HikariDataSource.class).build();
    }

    @Bean
    SpringLiquibase hubLiquibase(@Qualifier("hubDataSource") DataSource dataSource) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/hub/changelog.yaml");
        liquibase.setDatabaseChangeLogTable("hub_changelog");
        liquibase.setDatabaseChangeLogLockTable("hub_changelog_lock");
        return liquibase;
    }

    @Bean(defaultCandidate = false)
    JdbcTemplate hubJdbc(@Qualifier("hubDataSource") DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean(defaultCandidate = false)
    TransactionTemplate hubTransactions(@Qualifier("hubDataSource") DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The policy of the intake route: the log entry commits only after the event is on the durable queue. */
    @Bean(TRANSACTION_POLICY)
    SpringTransactionPolicy hubTransaction(@Qualifier("hubDataSource") DataSource dataSource) {
        return new SpringTransactionPolicy(new DataSourceTransactionManager(dataSource));
    }
}
