/** What every endpoint of the registry's query API shares: the shape and bounds of a list page. */
package jo.gov.mol.dwr.registry.api;
