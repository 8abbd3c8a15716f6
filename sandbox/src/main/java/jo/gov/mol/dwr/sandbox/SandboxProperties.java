package jo.gov.mol.dwr.sandbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's own settings.
 *
 * @param dataDir       where the broker journal and both databases live
 * @param fresh         whether {@code dataDir} is emptied at start ({@link SandboxDataDirectory})
 * @param simulate      whether the simulators run once the application is ready
 * @param mode          which run they play: {@code streams}, each outside system's own seeded stream, one after the
 *                      other ({@code SandboxSimulation}); or {@code nation}, a synthetic nation's journeys through every
 *                      system in business-time order, judged against its known truth ({@code NationReplay})
 * @param seed          the seed of the simulated streams: the same seed gives the same messages, message ids included
 * @param exitWhenDone  whether the application stops once the simulation is summed up (exit code 0 when every
 *                      answer was the expected one, 1 otherwise)
 * @param outboundTimeout how long the summary waits, after the MoL stream, for what the hub sends out because of
 *                      it: every ApprovalRequest at MoI, every MoI decision at the hub, every decision's notice at MoL
 * @param mol           the MoL simulator
 * @param moi           the MoI simulator
 * @param border        the border simulator
 * @param embassies     the embassies' simulator
 * @param nation        the synthetic nation of {@code mode=nation}
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(Path dataDir,
                                @DefaultValue("true") boolean fresh,
                                @DefaultValue("true") boolean simulate,
                                @DefaultValue("streams") Mode mode,
                                @DefaultValue("42") long seed,
                                @DefaultValue("false") boolean exitWhenDone,
                                @DefaultValue("180s") Duration outboundTimeout,
                                @DefaultValue Mol mol,
                                @DefaultValue Moi moi,
                                @DefaultValue Border border,
                                @DefaultValue Embassies embassies,
                                @DefaultValue Nation nation) {

    /** The run the simulators play. */
    public enum Mode { STREAMS, NATION }

    /**
     * @param workers         how many workers the stream recruits (each brings one to six messages)
     * @param senders         how many threads send at once
     * @param account         the MoL system account the simulator signs in as
     * @param password        its password, in plain text
     * @param duplicateShare  the share of messages sent a second time under the same message id
     * @param invalidShare    the share of messages first sent broken (refused) and then corrected under the same id
     * @param settleTimeout   how long to wait for the registry to apply every accepted message
     */
    public record Mol(@DefaultValue("200") int workers,
                      @DefaultValue("4") int senders,
                      @DefaultValue("mol") String account,
                      @DefaultValue("mol-sandbox") String password,
                      @DefaultValue("0.05") double duplicateShare,
                      @DefaultValue("0.03") double invalidShare,
                      @DefaultValue("120s") Duration settleTimeout) {
    }

    /**
     * The Ministry of Interior's side: it receives the hub's ApprovalRequests and answers decisions later.
     *
     * @param decisionDelay    how long after an ApprovalRequest MoI sends its decision
     * @param revocationDelay  how long after an approval MoI revokes it, for the approvals it revokes
     * @param rejectedShare    the share of requests rejected; the rejections take each reason code in turn
     * @param revokedShare     the share of approvals later revoked (a second decision, REJECTED, with a later DecidedAt)
     * @param duplicateShare   the share of decisions sent once more under the same MessageId (the hub answers DUPLICATE)
     * @param downAfter        MoI goes down right after answering this many ApprovalRequests (0: never)
     * @param downFor          and answers HTTP 503 for this long
     * @param decisionsUrl     the hub's decisions service that MoI calls
     * @param account          the MoI system account it signs in as
     * @param password         its password, in plain text
     * @param attempts         how often MoI tries a decision that meets a {@code Server} fault or no answer
     */
    public record Moi(@DefaultValue("2s") Duration decisionDelay,
                      @DefaultValue("5s") Duration revocationDelay,
                      @DefaultValue("0.2") double rejectedShare,
                      @DefaultValue("0.05") double revokedShare,
                      @DefaultValue("0.05") double duplicateShare,
                      @DefaultValue("20") int downAfter,
                      @DefaultValue("10s") Duration downFor,
                      URI decisionsUrl,
                      @DefaultValue("moi") String account,
                      @DefaultValue("moi-sandbox") String password,
                      @DefaultValue("6") int attempts) {
    }

    /**
     * The border posts: after the MoL stream and MoI's decisions they report crossings of the approved workers and of
     * other travellers, in real time over the hub's broker (as the broker user {@code account}, to
     * {@code tcp://localhost:<hub.broker.tcp-port>}) and again in the nightly files.
     *
     * @param crossingsShare  the share of workers with an approval in force who enter, on that approval
     * @param exitShare       the share of the workers who entered who leave again, a few days later
     * @param lostShare       the share of all crossings the real-time link loses on purpose: only the nightly files
     *                        bring them
     * @param otherTravellers how many travellers without a recruitment request cross, once each (no notices are due)
     * @param account         the broker user of the border system
     * @param password        its password, in plain text
     * @param settleTimeout   how long to wait for the registry to hold every crossing and for every worker's
     *                        crossing to reach MoL and the embassy as a notice
     */
    public record Border(@DefaultValue("0.9") double crossingsShare,
                         @DefaultValue("0.2") double exitShare,
                         @DefaultValue("0.1") double lostShare,
                         @DefaultValue("20") int otherTravellers,
                         @DefaultValue("border") String account,
                         @DefaultValue("border-sandbox") String password,
                         @DefaultValue("120s") Duration settleTimeout) {
    }

    /**
     * The sending countries' embassies (interfaces.md 4): once MoI has decided, each attests the contracts of its
     * recruited nationals and records welfare cases for some of them, each embassy through its own channel
     * (PHL over REST, LKA in XML exports, the others in CSV files).
     *
     * @param refusedShare   the share of attestations REFUSED, with a reason
     * @param salaryOffShare the share of attestations whose salary differs from the one in MoL's recruitment request
     * @param welfareShare   the share of attested workers for whom the embassy records a welfare case later
     * @param duplicateShare the share of PHL events sent a second time under the same eventId (answered DUPLICATE);
     *                       at least one when above 0
     * @param invalidShare   the share of PHL events first sent broken (answered 400), then corrected under the same
     *                       eventId; at least one when above 0. The LKA export and the CSV files carry one bad record
     *                       each channel, corrected in the next file
     * @param phlToken       the bearer token the Philippine embassy signs in with: one of
     *                       {@code hub.embassies.tokens.PHL}
     * @param settleTimeout  how long to wait for the hub to take each round of files from the inbox, and then for every
     *                       accepted record in the registry and every attestation's notice at MoL
     */
    public record Embassies(@DefaultValue("0.1") double refusedShare,
                            @DefaultValue("0.05") double salaryOffShare,
                            @DefaultValue("0.15") double welfareShare,
                            @DefaultValue("0.05") double duplicateShare,
                            @DefaultValue("0.05") double invalidShare,
                            String phlToken,
                            @DefaultValue("120s") Duration settleTimeout) {
    }

    /**
     * The synthetic nation ({@code sandbox.mode=nation}): who lives in it, over how long, and how fast it is replayed.
     * Its seed is {@code sandbox.seed}.
     *
     * @param workers        how many workers are recruited over the span
     * @param months         the span of business time, from {@code start}
     * @param start          the first day of the span
     * @param offices        how many licensed recruitment offices
     * @param badOffices     how many of them are bad on purpose
     * @param anomalyShare   the share of workers given each injected anomaly
     * @param typoShare      the share of MoL requests whose Latin name the clerk mistyped, and of embassy records
     *                       whose given names the embassy mistyped
     * @param renewalShare   the share of workers whose passport is renewed after the permit
     * @param lostShare      the share of crossings the border's real-time link loses (the nightly files bring them)
     * @param duplicateShare the share of MoL, MoI and PHL messages sent twice under one id
     * @param lateShare      the share of MoL messages (but requests), MoI decisions and PHL events sent days late,
     *                       out of order
     * @param invalidShare   the share of MoL messages first sent broken, then right under the same id
     * @param longNameShare  the share of persons whose name is too long for the passport's MRZ, which cuts it
     * @param surnameFirstShare the share of MoL requests whose clerk typed the family name first
     * @param heldShare      the share of real-time crossings delivered a day or two late, after their nightly file
     * @param lateFileShare  the share of nightly border files and embassy files dropped days after their day
     * @param reExportShare  the share of embassy files exported again days later, the same records under a new name
     * @param badRowShare    the share of nightly-file and embassy-file rows written broken (reported by line and
     *                       field; the embassy sends the record right the next day)
     * @param refusedFileShare the share of embassy CSV files first saved with an older header, refused whole by the
     *                       hub as planned, then sent right the next day
     * @param speed          simulated days replayed per second of wall time
     * @param admin          the person the replay signs in as to sweep, classify and read the registry's answers
     * @param adminPassword  their password
     * @param settleTimeout  how long to wait, after the last message, for the registry to apply everything
     */
    public record Nation(@DefaultValue("100") int workers,
                         @DefaultValue("12") int months,
                         @DefaultValue("2025-01-01") java.time.LocalDate start,
                         @DefaultValue("200") int offices,
                         @DefaultValue("6") int badOffices,
                         @DefaultValue("0.015") double anomalyShare,
                         @DefaultValue("0.05") double typoShare,
                         @DefaultValue("0.03") double renewalShare,
                         @DefaultValue("0.1") double lostShare,
                         @DefaultValue("0.03") double duplicateShare,
                         @DefaultValue("0.05") double lateShare,
                         @DefaultValue("0.02") double invalidShare,
                         @DefaultValue("0.06") double longNameShare,
                         @DefaultValue("0.05") double surnameFirstShare,
                         @DefaultValue("0.05") double heldShare,
                         @DefaultValue("0.05") double lateFileShare,
                         @DefaultValue("0.05") double reExportShare,
                         @DefaultValue("0.03") double badRowShare,
                         @DefaultValue("0.05") double refusedFileShare,
                         @DefaultValue("30") double speed,
                         @DefaultValue("admin") String admin,
                         @DefaultValue("admin-sandbox") String adminPassword,
                         @DefaultValue("120s") Duration settleTimeout) {
    }
}
