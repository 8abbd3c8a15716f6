package jo.gov.mol.dwr.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.orm.jpa.support.OpenEntityManagerInViewInterceptor;
import org.springframework.transaction.PlatformTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

import jo.gov.mol.dwr.registry.app.RegistryApplication;

/**
 * The registry imported into another application, as the sandbox imports it beside the hub, which brings a
 * DataSource of its own: the registry still runs on its own database, with Boot's one transaction manager.
 */
@SpringBootTest(classes = RegistryModuleIntegrationTests.Host.class)
class RegistryModuleIntegrationTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(RegistryModule.class)
    static class Host {
        /** Stands for the hub's database, which the registry must never use. */
        @Bean
        DataSource hubDataSource() {
            return DataSourceBuilder.create().type(HikariDataSource.class)
                    .url("jdbc:h2:mem:hub;DB_CLOSE_DELAY=-1").username("sa").build();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource primary;

    @Autowired
    @Qualifier("hubDataSource")
    DataSource hubDataSource;

    @Autowired
    RegistryStatistics statistics;

    @Test
    void runsOnItsOwnDatabaseBesideAnother() {
        assertThat(primary).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) primary).getPoolName()).isEqualTo("registry");
        assertThat(statistics.counts().sourceMessages()).isNotNegative();
        assertThat(new JdbcTemplate(hubDataSource).queryForList(
                "select table_name from information_schema.tables where lower(table_name) = 'source_message'"))
                .isEmpty();
    }

    @Test
    void leavesTransactionsToBootsOneTransactionManager() {
        assertThat(context.getBeanNamesForType(PlatformTransactionManager.class)).containsExactly("transactionManager");
    }

    @Test
    void keepsNoEntityManagerOpenForAWebRequest() {
        assertThat(context.getBeanNamesForType(OpenEntityManagerInViewInterceptor.class)).isEmpty();
    }

    @Test
    void bringsTheIntakeButNotTheRegistrysOwnApplication() {
        List<String> queues = context.getBeansOfType(DefaultMessageListenerContainer.class).values().stream()
                .map(DefaultMessageListenerContainer::getDestinationName).toList();

        assertThat(queues).containsExactly("registry.events");
        assertThat(context.getBeanNamesForType(RegistryApplication.class)).isEmpty();
    }
}
