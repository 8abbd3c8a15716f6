package jo.gov.mol.dwr.sandbox.nation;

/**
 * How untidy the systems are, each a share of the records it applies to. None of it changes who anyone is: the truth
 * stays the same, only the registry's task gets harder.
 *
 * @param typoShare     MoL recruitment requests whose Latin name the clerk mistyped (a letter dropped, doubled or
 *                      swapped)
 * @param renewalShare  workers whose passport is renewed after the permit: a new number from then on
 * @param lostShare     crossings the border's real-time link loses: only the nightly file brings them
 * @param duplicateShare MoL, MoI and PHL messages sent a second time under the same id (answered DUPLICATE)
 * @param lateShare     MoL messages (but requests) and PHL events sent one to ten days after their business time,
 *                      after newer facts of the same person
 * @param invalidShare  MoL messages first sent broken (refused, naming the field), then sent right under the same id
 */
public record Noise(double typoShare, double renewalShare, double lostShare, double duplicateShare, double lateShare,
                    double invalidShare) {

    public static Noise none() {
        return new Noise(0, 0, 0, 0, 0, 0);
    }

    public static Noise usual() {
        return new Noise(0.05, 0.03, 0.1, 0.03, 0.05, 0.02);
    }
}
