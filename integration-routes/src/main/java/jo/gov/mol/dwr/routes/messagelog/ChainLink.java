package jo.gov.mol.dwr.routes.messagelog;

import java.nio.charset.StandardCharsets;

import jo.gov.mol.dwr.mappings.canonical.EventCodec;

/** How one chain hash is computed: the chainer writes it, the verifier recomputes it; one definition for both. */
final class ChainLink {
    private ChainLink() {
    }

    static String hash(String previousHash, long seq, LinkFields entry) {
        String text = String.join("|", previousHash, Long.toString(seq), Long.toString(entry.id()), entry.system(),
                entry.messageId(), entry.account(), entry.receivedAt().toString(), entry.rawSha256());
        return EventCodec.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
