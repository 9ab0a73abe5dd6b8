package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.json.CorpusFormatException;
import org.corroborate.model.json.CorpusJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code coi validate}: check a corpus file and report every problem with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a corpus file (format " + CorpusJson.FORMAT + " or older); report every problem with its"
        + " location (line:column, JSON pointer, id).")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.json", description = "The corpus file to check.")
  Path file;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println("coi: cannot read " + file + ": no such file");
      return Coi.IO_ERROR;
    }
    Progress progress = Progress.ofCorpus(spec, file);
    try {
      progress.step("reading and checking " + file);
      EvidenceBase e = CorpusJson.read(file);
      spec.commandLine().getOut().println(file + ": valid corpus with "
          + e.sources().size() + " sources, " + e.documents().size() + " documents, "
          + e.passages().size() + " passages, " + e.propositions().size() + " propositions, "
          + e.assertions().size() + " assertions, " + e.relations().size() + " relations");
      return Coi.OK;
    } catch (CorpusFormatException e) {
      CorpusOption.report(e, spec.commandLine().getErr());
      return Coi.INVALID_INPUT;
    } catch (IOException e) {
      spec.commandLine().getErr().println("coi: cannot read " + file + ": " + CorpusOption.why(e));
      return Coi.IO_ERROR;
    }
  }
}
