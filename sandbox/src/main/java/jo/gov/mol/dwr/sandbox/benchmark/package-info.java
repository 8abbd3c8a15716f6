/** The intake benchmark: the hub against the raw broker and database it is built on, in one run. */
package jo.gov.mol.dwr.sandbox.benchmark;
