/** Runs the registry alone as its own Spring Boot application. */
package jo.gov.mol.dwr.registry.app;
