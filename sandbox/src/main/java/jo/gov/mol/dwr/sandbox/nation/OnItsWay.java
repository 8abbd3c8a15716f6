package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What is on its way (a file dropped late, a crossing the link holds back), by the day at whose end it arrives. */
final class OnItsWay<T> {
    private final Map<LocalDate, List<T>> byDay = new TreeMap<>();

    synchronized void arrivesOn(LocalDate day, T item) {
        byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(item);
    }

    /** Everything due by the end of that day, in the order of the days, taken off the way. */
    synchronized List<T> dueBy(LocalDate day) {
        List<T> due = new ArrayList<>();
        var days = byDay.keySet().iterator();
        while (days.hasNext()) {
            LocalDate next = days.next();
            if (next.isAfter(day)) {
                break;
            }
            due.addAll(byDay.get(next));
            days.remove();
        }
        return due;
    }
}
