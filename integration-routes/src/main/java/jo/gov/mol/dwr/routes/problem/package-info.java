/** How the hub tells a JSON caller what went wrong: RFC 9457 problem bodies, one catalogue of them. */
package jo.gov.mol.dwr.routes.problem;
