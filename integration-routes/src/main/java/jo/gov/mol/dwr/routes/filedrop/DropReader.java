package jo.gov.mol.dwr.routes.filedrop;

import java.util.List;

/** How a channel reads one of its files into records. */
@FunctionalInterface
public interface DropReader {

    /**
     * @param name    the file's name, without its folder
     * @param content the whole file as dropped
     * @return every record of the file, in the file's order
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException to refuse the whole file, naming why
     */
    List<DropRecord> read(String name, byte[] content);
}
