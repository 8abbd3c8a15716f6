package jo.gov.mol.dwr.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManagerFactory;
import liquibase.integration.spring.SpringLiquibase;
import jo.gov.mol.dwr.registry.app.RegistryApplication;

/**
 * The changelog runs on the database of the active profile (h2, postgresql, or H2 in Oracle mode), and Hibernate
 * then validates every entity against the schema it made: the context does not start otherwise.
 */
@SpringBootTest(classes = RegistryApplication.class)
class MigrationIntegrationTests {
    private static final List<String> TABLES = List.of("source_message", "worker", "employer", "office",
            "office_licence", "recruitment_request", "recruitment_request_version", "work_permit",
            "work_permit_version", "complaint", "complaint_version", "absconding_report", "absconding_report_version",
            "worker_transfer", "worker_transfer_version", "approval", "approval_version", "notice_due",
            "border_crossing", "embassy_record", "embassy_record_version", "person", "person_record",
            "person_record_key", "linkage_lock", "person_link", "linkage_review", "linkage_review_candidate",
            "person_cannot_link", "person_event", "audit_record", "rule_set", "flag", "flag_evidence", "flag_step",
            "flag_sweep_lock");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void changelogRanOnTheRegistryDatabase() {
        Long changeSets = jdbc.queryForObject("select count(*) from databasechangelog where author = 'registry-service'",
                Long.class);

        assertThat(changeSets).isGreaterThanOrEqualTo(16);
        assertThat(tables()).containsAll(TABLES);
    }

    @Test
    void hibernateOnlyValidatesTheSchemaTheChangelogMade() {
        assertThat(entityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
    }

    /** As on a restart against a database the registry already migrated (the sandbox keeps a file database). */
    @Test
    void changelogRunsAgainOnAMigratedDatabaseWithoutChange() throws Exception {
        long before = jdbc.queryForObject("select count(*) from databasechangelog", Long.class);
        SpringLiquibase again = new SpringLiquibase();
        again.setDataSource(dataSource);
        again.setChangeLog(RegistryDatabase.CHANGELOG);
        again.setResourceLoader(new DefaultResourceLoader());

        again.afterPropertiesSet();

        assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Long.class)).isEqualTo(before);
    }

    @Test
    void identifiersFitOracle() {
        assertThat(TABLES).allSatisfy(table -> assertThat(table.length()).isLessThanOrEqualTo(30));
    }

    private List<String> tables() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = metaData.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
