package jo.gov.mol.dwr.registry;

import java.sql.Types;

import org.hibernate.dialect.H2Dialect;

/**
 * The smoke test's dialect for H2 in Oracle mode (profile {@code oracle}). In that mode H2 turns a DATE column
 * into TIMESTAMP(0), as Oracle's DATE also holds a time; Hibernate's validation would then refuse every
 * {@code LocalDate} column, which a real Oracle reports as DATE. Nothing else differs from {@link H2Dialect}.
 */
public class H2OracleModeDialect extends H2Dialect {

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2)
                || typeCode1 == Types.DATE && typeCode2 == Types.TIMESTAMP;
    }
}
