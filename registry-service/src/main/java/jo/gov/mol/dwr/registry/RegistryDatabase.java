package jo.gov.mol.dwr.registry;

import javax.sql.DataSource;

import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariDataSource;

import liquibase.integration.spring.SpringLiquibase;

/**
 * The registry's own database. The process that imports the registry may hold other data sources (the hub keeps
 * its tables in a database of its own), so Boot's data source and Liquibase auto-configuration back off; the
 * registry defines both explicitly, marks its data source primary so that Boot's JPA configuration (and its one
 * transaction manager) use it, and lets only its migrations shape the schema.
 */
@Configuration(proxyBeanMethods = false)
class RegistryDatabase {
    static final String CHANGELOG = "classpath:db/registry/changelog.yaml";

    @Bean
    @Primary
    @ConfigurationProperties("registry.datasource")
    DataSourceProperties registryDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean
    @Primary
    @ConfigurationProperties("registry.datasource.hikari")
    HikariDataSource registryDataSource(DataSourceProperties registryDataSourceProperties) {
        HikariDataSource dataSource = registryDataSourceProperties.initializeDataSourceBuilder()
                .type(HikariDataSource.class).build();
        dataSource.setPoolName("registry");
        return dataSource;
    }

    /** Boot orders it before the entity manager factory (it detects {@link SpringLiquibase} beans as initializers). */
    @Bean
    SpringLiquibase registryLiquibase(DataSource registryDataSource) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(registryDataSource);
        liquibase.setChangeLog(CHANGELOG);
        return liquibase;
    }

    /** Migrations own the schema; whatever the importing application's properties say, Hibernate only validates. */
    @Bean
    HibernatePropertiesCustomizer registrySchemaIsValidatedOnly() {
        return properties -> properties.put(AvailableSettings.HBM2DDL_AUTO, "validate");
    }
}
