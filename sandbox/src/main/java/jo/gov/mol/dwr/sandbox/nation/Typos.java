package jo.gov.mol.dwr.sandbox.nation;

import java.util.Random;

/**
 * A clerk's slip in a Latin name typed by hand: one letter dropped, doubled or swapped with the next, never the first
 * letter of a word (people notice those); the name always comes out changed.
 */
final class Typos {
    private Typos() {
    }

    static String slip(Random random, String name) {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 2));
        if (!Character.isLetter(name.charAt(at)) || !Character.isLetter(name.charAt(at - 1))) {
            return name.substring(0, at) + name.charAt(at) + name.substring(at);
        }
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            // swapping a letter with its double would change nothing: then it is dropped
            default -> at + 1 < name.length() && Character.isLetter(name.charAt(at + 1)) && name.charAt(at + 1) != name.charAt(at)
                    ? name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2)
                    : name.substring(0, at) + name.substring(at + 1);
        };
    }
}
