/** The hub's own Spring Boot application, for running integration-routes alone. */
package jo.gov.mol.dwr.routes.app;
