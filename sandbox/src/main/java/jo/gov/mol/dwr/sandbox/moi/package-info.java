/** The simulated Ministry of Interior: receives the hub's ApprovalRequests and answers with its decisions later. */
package jo.gov.mol.dwr.sandbox.moi;
