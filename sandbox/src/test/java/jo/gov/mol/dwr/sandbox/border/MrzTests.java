package jo.gov.mol.dwr.sandbox.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.border.mrz.Td3Mrz;

class MrzTests {

    @Test
    void composesTheIcaoSpecimenWithEveryCheckDigit() {
        Passport specimen = new Passport("UTO", "L898902C3", "ERIKSSON", "ANNA MARIA", "UTO", LocalDate.of(1974, 8, 12), "F",
                LocalDate.of(2012, 4, 15), "ZE184226B");

        Mrz mrz = specimen.mrz();

        assertThat(mrz.line1()).isEqualTo("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
        assertThat(mrz.line2()).isEqualTo("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    }

    @Test
    void composesTheInterfaceExampleWithATwoWordSurnameAndNoPersonalNumber() {
        Passport passport = Passport.of("P1234567A", "PHL", "DELA CRUZ", "MARIA CLARA SANTOS", LocalDate.of(1994, 7, 15), "F",
                LocalDate.of(2031, 7, 14));

        Mrz mrz = passport.mrz();

        assertThat(mrz.line1()).isEqualTo("P<PHLDELA<CRUZ<<MARIA<CLARA<SANTOS<<<<<<<<<<");
        assertThat(mrz.line2()).isEqualTo("P1234567A1PHL9407152F3107140<<<<<<<<<<<<<<08");
    }

    @Test
    void cutsNamesLongerThanTheFieldAndKeepsTheLinesReadable() {
        Passport passport = Passport.of("N1234567", "LKA", "WICKRAMASINGHE MUDIYANSELAGE", "DILRUKSHI KUMARI NILANTHI",
                LocalDate.of(1990, 11, 21), "F", LocalDate.of(2030, 1, 31));

        Mrz mrz = passport.mrz();

        assertThat(mrz.line1()).hasSize(44).isEqualTo("P<LKAWICKRAMASINGHE<MUDIYANSELAGE<<DILRUKSHI");
        Td3Mrz read = Td3Mrz.parse(mrz.line1(), mrz.line2(), LocalDate.of(2026, 11, 25));
        assertThat(read.namesMayBeTruncated()).isTrue();
        assertThat(read.primaryIdentifier()).isEqualTo("WICKRAMASINGHE MUDIYANSELAGE");
        assertThat(read.secondaryIdentifier()).isEqualTo("DILRUKSHI");
        assertThat(read.documentNumber()).isEqualTo("N1234567");
        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1990, 11, 21));
    }

    @Test
    void turnsHyphensAndSpacesIntoFillersAndDropsOtherMarks() {
        Passport passport = Passport.of("G1234567", "GHA", "O'NEIL-MENSAH", "AMA", LocalDate.of(2001, 2, 3), "F",
                LocalDate.of(2029, 2, 2));

        assertThat(passport.mrz().line1()).startsWith("P<GHAONEIL<MENSAH<<AMA<<<");
    }

    @Test
    void leavesAnUnspecifiedSexAsAFillerAndTheHubsReaderAgrees() {
        Passport passport = Passport.of("BX1234567", "BGD", "AKTER", null, LocalDate.of(1985, 5, 5), null,
                LocalDate.of(2027, 12, 31));

        Mrz mrz = passport.mrz();

        assertThat(mrz.line1()).isEqualTo("P<BGDAKTER" + "<".repeat(34));
        assertThat(mrz.line2().charAt(20)).isEqualTo('<');
        Td3Mrz read = Td3Mrz.parse(mrz.line1(), mrz.line2(), LocalDate.of(2026, 11, 25));
        assertThat(read.sex()).isNull();
        assertThat(read.secondaryIdentifier()).isNull();
        assertThat(read.expiryDate()).isEqualTo(LocalDate.of(2027, 12, 31));
    }
}
