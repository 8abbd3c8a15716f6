/**
 * MoI decisions on recruitment requests: every version kept, the one with the latest {@code DecidedAt} in force,
 * and MoL told of each change of the decision in force of a request it sent.
 */
package jo.gov.mol.dwr.registry.approval;
