package jo.gov.mol.dwr.sandbox.nation;

/**
 * How untidy the systems are, each a share of the records it applies to. None of it changes who anyone is: the truth
 * stays the same, only the registry's task gets harder.
 *
 * @param typoShare        MoL recruitment requests whose Latin name the clerk mistyped (a letter dropped, doubled or
 *                         swapped), and as many embassy records whose given names the embassy's clerk mistyped
 * @param renewalShare     workers whose passport is renewed after the permit: a new number from then on
 * @param lostShare        crossings the border's real-time link loses: only the nightly file brings them
 * @param duplicateShare   MoL, MoI and PHL messages sent a second time under the same id (answered DUPLICATE)
 * @param lateShare        MoL messages (but requests), MoI decisions and PHL events sent one to ten days after their
 *                         business time, after newer facts of the same person
 * @param invalidShare     MoL messages first sent broken (refused, naming the field), then sent right under the same id
 * @param longNameShare    persons whose name (several given names, a compound family name, as is usual in their
 *                         country) is too long for the 39 positions of the MRZ: the border reads it cut
 * @param surnameFirstShare MoL recruitment requests whose clerk typed the family name first (both scripts)
 * @param heldShare        crossings the real-time link holds back and delivers a day or two late: after later
 *                         crossings and after the nightly file that already brought them
 * @param lateFileShare    nightly border files and embassy files dropped one to five days after their day
 * @param reExportShare    embassy files exported again a few days later under a new name, the same records in them
 *                         (each a duplicate that changes nothing)
 * @param badRowShare      rows of the nightly border files and the embassy files written broken: the hub reports each
 *                         by line and field and takes the file's other rows; an embassy sends the record right in its
 *                         next day's file, a broken border row is one of a crossing the real-time link delivered
 * @param refusedFileShare embassy CSV files first saved with the header of an older layout: the hub refuses each
 *                         whole (to {@code rejected/}), and the embassy sends its records right the next day
 */
public record Noise(double typoShare, double renewalShare, double lostShare, double duplicateShare, double lateShare,
                    double invalidShare, double longNameShare, double surnameFirstShare, double heldShare,
                    double lateFileShare, double reExportShare, double badRowShare, double refusedFileShare) {

    public static Noise none() {
        return new Noise(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static Noise usual() {
        return new Noise(0.05, 0.03, 0.1, 0.03, 0.05, 0.02, 0.06, 0.05, 0.05, 0.05, 0.05, 0.03, 0.05);
    }
}
