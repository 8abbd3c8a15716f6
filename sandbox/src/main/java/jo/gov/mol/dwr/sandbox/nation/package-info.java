/**
 * A synthetic nation with known truth: recruitment offices, employers and workers of the nine sending countries with
 * their journeys over months, the anomalies injected on purpose, and the ground truth a replay is judged against.
 */
package jo.gov.mol.dwr.sandbox.nation;
