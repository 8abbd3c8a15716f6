/** Sign-in of the people (auditors, regulators, admins) who read the registry's API. */
package jo.gov.mol.dwr.registry.people;
