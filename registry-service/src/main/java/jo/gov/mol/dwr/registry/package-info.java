/** The registry of domestic workers, offices and employers, built from the canonical events the hub accepts. */
package jo.gov.mol.dwr.registry;
