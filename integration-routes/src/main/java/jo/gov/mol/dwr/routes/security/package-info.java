/**
 * Who may call the hub: system accounts per SOAP channel (HTTP Basic), embassy bearer tokens per JSON channel
 * (kept hashed, rotated through the administration API), people for administration.
 */
package jo.gov.mol.dwr.routes.security;
