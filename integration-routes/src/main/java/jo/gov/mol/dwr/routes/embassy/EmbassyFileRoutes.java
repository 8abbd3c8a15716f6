package jo.gov.mol.dwr.routes.embassy;

import java.util.Locale;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.routes.delivery.Destination;
import jo.gov.mol.dwr.routes.filedrop.FileDrops;

/**
 * The embassies that exchange files with the hub (LKA, interfaces.md 4b; KEN, UGA, ETH, BGD, NPL, GHA, IDN, 4c): their
 * files in, from {@code <inbox>/<ISO3>/}, and the hub's arrival and departure notices out, as files in each
 * embassy's folder of the outbox.
 */
@Component
class EmbassyFileRoutes extends RouteBuilder {
    private static final String INBOX = "{{hub.embassies.inbox}}/";

    @Override
    public void configure() {
        from(FileDrops.endpoint(INBOX + "LKA", ".+\\.xml")).routeId("lka-load-export-files")
                .bean(EmbassyFiles.class, "loadExport").id("lka-load-export-file");

        for (String embassy : EmbassyCsvRecords.EMBASSIES) {
            String system = embassy.toLowerCase(Locale.ROOT);
            from(FileDrops.endpoint(INBOX + embassy, ".+\\.csv")).routeId(system + "-load-record-files")
                    .setHeader(EmbassyFiles.EMBASSY, constant(embassy))
                    .bean(EmbassyFiles.class, "loadRecords").id(system + "-load-record-file");
        }

        from(Destination.EMBASSY_NOTICE_FILES.route()).routeId("embassy-deliver-notice-files")
                .bean(EmbassyNoticeFiles.class, "write").id("embassy-write-notice-file");
    }
}
