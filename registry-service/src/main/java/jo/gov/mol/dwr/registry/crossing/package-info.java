/** Border crossings, each kept once against the worker who crossed and the MoI approval they entered on. */
package jo.gov.mol.dwr.registry.crossing;
