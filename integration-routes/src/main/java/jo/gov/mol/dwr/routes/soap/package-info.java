/** SOAP plumbing shared by the hub's SOAP channels: size limit, safe first parse, faults. */
package jo.gov.mol.dwr.routes.soap;
