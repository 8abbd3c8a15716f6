package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Predicate;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;

/**
 * How the systems deliver the nation's facts, drawn from the seed apart from the nation itself, so that the same
 * nation can be replayed tidy or untidy: which messages go twice, which days late, which first broken, which
 * real-time crossings the link holds back, which embassy records an embassy clerk mistypes, which file rows are
 * written broken; and which files arrive late, are exported again, or are first refused whole. None changes the
 * truth: a repeat is the same message, a broken one is refused and sent right, a late one is the same fact.
 */
final class DeliveryNoise {
    private static final int MOST_DAYS_LATE = 10;
    private static final int MOST_DAYS_HELD = 2;
    private static final int MOST_DAYS_FILE_LATE = 5;
    private static final int MOST_DAYS_TO_RE_EXPORT = 5;

    /**
     * What befalls one message on its way.
     *
     * @param daysHeld  for a crossing: the real-time link delivers it that many days late, after its nightly file
     * @param misspelt  for an embassy record: its given names mistyped
     * @param badRow    for a crossing or an LKA or CSV record: its row written broken (for a crossing, in the nightly
     *                  file; for an embassy record, in its first file only)
     */
    record Twist(boolean twice, int daysLate, boolean brokenFirst, int daysHeld, boolean misspelt, boolean badRow) {
        static final Twist NONE = new Twist(false, 0, false, 0, false, false);
    }

    /**
     * What befalls one file: dropped days after its day, exported again days after that, first refused whole.
     *
     * @param reExportedAfter days after the file's drop that the embassy exports the same records again; 0 for never
     * @param refusedFirst    an embassy CSV file first saved with an older header, then sent right the next day
     */
    record FileTwist(int daysLate, int reExportedAfter, boolean refusedFirst) {
        static final FileTwist NONE = new FileTwist(0, 0, false);
    }

    /** A file by its sender (a crossing point or an embassy) and its day. */
    private record FileKey(String sender, LocalDate day) implements Comparable<FileKey> {
        @Override
        public int compareTo(FileKey other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : sender.compareTo(other.sender);
        }
    }

    private final Map<String, Twist> twists;
    private final Map<FileKey, FileTwist> nightlyFiles;
    private final Map<FileKey, FileTwist> embassyFiles;

    private DeliveryNoise(Map<String, Twist> twists, Map<FileKey, FileTwist> nightlyFiles,
                          Map<FileKey, FileTwist> embassyFiles) {
        this.twists = twists;
        this.nightlyFiles = nightlyFiles;
        this.embassyFiles = embassyFiles;
    }

    static DeliveryNoise of(Nation nation) {
        Noise noise = nation.settings().noise();
        Random random = new Random(nation.settings().seed() ^ 0x6e6f697365L);
        Map<String, Twist> twists = new HashMap<>();
        TreeSet<FileKey> nightly = new TreeSet<>();
        TreeSet<FileKey> embassy = new TreeSet<>();
        for (Step step : nation.steps()) {
            SourceSystem system = step.system();
            boolean hasIdOfItsOwn = system == SourceSystem.MOL || system == SourceSystem.MOI
                    || system == SourceSystem.EMBASSY_PHL;
            boolean twice = hasIdOfItsOwn && random.nextDouble() < noise.duplicateShare();
            boolean mayBeLate = (system == SourceSystem.MOL && !(step instanceof Step.Requested))
                    || system == SourceSystem.MOI || system == SourceSystem.EMBASSY_PHL;
            int late = mayBeLate && random.nextDouble() < noise.lateShare() ? 1 + random.nextInt(MOST_DAYS_LATE) : 0;
            boolean broken = system == SourceSystem.MOL && random.nextDouble() < noise.invalidShare();
            boolean sentInRealTime = step instanceof Step.Crossed crossed && !crossed.lost();
            int held = sentInRealTime && random.nextDouble() < noise.heldShare() ? 1 + random.nextInt(MOST_DAYS_HELD) : 0;
            boolean embassyRecord = step instanceof Step.Attested || step instanceof Step.WelfareCase;
            boolean misspelt = embassyRecord && random.nextDouble() < noise.typoShare();
            boolean inAFile = embassyRecord && system != SourceSystem.EMBASSY_PHL;
            boolean badRow = (sentInRealTime || inAFile) && random.nextDouble() < noise.badRowShare();
            Twist twist = new Twist(twice, late, broken, held, misspelt, badRow);
            if (!twist.equals(Twist.NONE)) {
                twists.put(step.recordId(), twist);
            }
            if (step instanceof Step.Crossed crossed) {
                nightly.add(new FileKey(crossed.point().name(), step.date()));
            } else if (inAFile) {
                embassy.add(new FileKey(system.name().substring("EMBASSY_".length()), step.date()));
            }
        }
        Map<FileKey, FileTwist> nightlyFiles = new HashMap<>();
        for (FileKey file : nightly) {
            int late = random.nextDouble() < noise.lateFileShare() ? 1 + random.nextInt(MOST_DAYS_FILE_LATE) : 0;
            nightlyFiles.put(file, new FileTwist(late, 0, false));
        }
        Map<FileKey, FileTwist> embassyFiles = new HashMap<>();
        for (FileKey file : embassy) {
            int late = random.nextDouble() < noise.lateFileShare() ? 1 + random.nextInt(MOST_DAYS_FILE_LATE) : 0;
            int reExport = random.nextDouble() < noise.reExportShare() ? 1 + random.nextInt(MOST_DAYS_TO_RE_EXPORT) : 0;
            boolean refused = EmbassyCsvRecords.EMBASSIES.contains(file.sender())
                    && random.nextDouble() < noise.refusedFileShare();
            // a file refused whole is sent again right the next day, not exported again besides
            embassyFiles.put(file, new FileTwist(late, refused ? 0 : reExport, refused));
        }
        return new DeliveryNoise(twists, nightlyFiles, embassyFiles);
    }

    Twist of(Step step) {
        return twists.getOrDefault(step.recordId(), Twist.NONE);
    }

    /** The twist of a crossing point's nightly file of that day. */
    FileTwist ofNightlyFile(String point, LocalDate day) {
        return nightlyFiles.getOrDefault(new FileKey(point, day), FileTwist.NONE);
    }

    /** The twist of an embassy's file of that day's records (a file of corrections only has none). */
    FileTwist ofEmbassyFile(String embassy, LocalDate day) {
        return embassyFiles.getOrDefault(new FileKey(embassy, day), FileTwist.NONE);
    }

    long count(Predicate<Twist> which) {
        return twists.values().stream().filter(which).count();
    }

    long nightlyFiles(Predicate<FileTwist> which) {
        return nightlyFiles.values().stream().filter(which).count();
    }

    long embassyFiles(Predicate<FileTwist> which) {
        return embassyFiles.values().stream().filter(which).count();
    }
}
