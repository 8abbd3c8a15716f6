/** The Ministry of Interior's channel: approval decisions in (and, with delivery, approval requests out). */
package jo.gov.mol.dwr.routes.moi;
