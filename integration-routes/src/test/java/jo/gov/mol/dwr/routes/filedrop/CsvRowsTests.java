package jo.gov.mol.dwr.routes.filedrop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/** The rows of a dropped CSV file, each with the physical line it starts on and its text as written. */
class CsvRowsTests {
    private static final List<String> HEADER = List.of("reference", "name");

    @Test
    void numbersRowsByPhysicalLineTheHeaderBeingLineOne() {
        List<CsvRows.Row> rows = CsvRows.read(bytes("reference,name\nA-1,ONE\n\nA-2,TWO\n"), HEADER);

        assertThat(rows).extracting(CsvRows.Row::line, CsvRows.Row::values)
                .containsExactly(tuple(2L, List.of("A-1", "ONE")), tuple(4L, List.of("A-2", "TWO")));
    }

    @Test
    void keepsACommaAndALineBreakInAQuotedFieldAndCountsTheRowFromWhereItStarts() {
        List<CsvRows.Row> rows = CsvRows.read(bytes("reference,name\r\nA-1,\"DOE, JANE\r\nSECOND LINE\"\r\nA-2,TWO\r\n"), HEADER);

        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2L, 4L);
        assertThat(rows.get(0).values()).containsExactly("A-1", "DOE, JANE\r\nSECOND LINE");
        assertThat(rows.get(0).text()).isEqualTo("A-1,\"DOE, JANE\r\nSECOND LINE\"");
        assertThat(rows.get(1).text()).isEqualTo("A-2,TWO");
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark() {
        assertThat(CsvRows.read(bytes("\uFEFFreference,name\nA-1,ONE"), HEADER)).singleElement()
                .satisfies(row -> assertThat(row.line()).isEqualTo(2));
    }

    @Test
    void refusesAnotherHeaderNamingIt() {
        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class,
                () -> CsvRows.read(bytes("name,reference\nONE,A-1\n"), HEADER));

        assertThat(refused.errors()).extracting(ValidationError::field, ValidationError::code)
                .containsExactly(tuple("header", ErrorCode.MALFORMED_MESSAGE));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = "reference,name\nA-1,JOSÉ\n".getBytes(StandardCharsets.ISO_8859_1);

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class, () -> CsvRows.read(latin1, HEADER));

        assertThat(refused.errors()).extracting(ValidationError::code).containsExactly(ErrorCode.MALFORMED_MESSAGE);
    }

    @Test
    void refusesAnUnclosedQuote() {
        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class,
                () -> CsvRows.read(bytes("reference,name\nA-1,\"ONE\n"), HEADER));

        assertThat(refused.errors()).extracting(ValidationError::code).containsExactly(ErrorCode.MALFORMED_MESSAGE);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
