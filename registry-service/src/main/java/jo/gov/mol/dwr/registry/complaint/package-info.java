/** MoL complaints and their status history, the current status being the latest sent. */
package jo.gov.mol.dwr.registry.complaint;
