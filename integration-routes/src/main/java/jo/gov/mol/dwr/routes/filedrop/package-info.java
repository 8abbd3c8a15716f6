/**
 * Files dropped into a hub inbox (border nightly files, embassy exports): what every such channel shares, from
 * picking up a complete file to its report beside it in {@code done/} or {@code rejected/}.
 */
package jo.gov.mol.dwr.routes.filedrop;
