/**
 * A person's history: every applied source message about them, from every system, in the order things happened.
 * What a worker's timeline shows and what the flag rules judge.
 */
package jo.gov.mol.dwr.registry.history;
