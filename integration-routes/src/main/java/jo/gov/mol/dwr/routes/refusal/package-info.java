/** The record of refused messages: the only trace a refused message leaves. */
package jo.gov.mol.dwr.routes.refusal;
