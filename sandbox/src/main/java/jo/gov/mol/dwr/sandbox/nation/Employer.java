package jo.gov.mol.dwr.sandbox.nation;

/** A household that employs domestic workers: its ten-digit national number, name and governorate. */
public record Employer(String nationalId, String name, String governorate) {
}
