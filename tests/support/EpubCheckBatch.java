// EPUBCheck on many EPUBs in one JVM, for the integration tests (tests/integration/validators.rs).
//
// Why: EPUBCheck's command line checks one file per run, and a JVM start plus EPUBCheck's schema loading
// per EPUB made the suite slow. This calls EPUBCheck's public Java API the way its command line does for a
// `.epub` path (`new EpubCheck(file, report)` with the default profile, reporting level INFO, English
// messages) with a fresh report per file, so each file gets exactly the messages and counts the command
// line would give it. As ../shared/tools/validate-epub.sh does, a file fails when EPUBCheck reports any
// FATAL, ERROR or WARNING (INFO and USAGE are shown, never counted).
//
// Run with Java's single-file source launcher and EPUBCheck's jar on the class path (its manifest names
// the jars under lib/):
//   java -cp epubcheck.jar tests/support/EpubCheckBatch.java a.epub b.epub ...
//   java -cp epubcheck.jar tests/support/EpubCheckBatch.java --stdin   (one path a line, until end of input)
// Output, UTF-8: a first line `EPUBCheck vX.Y.Z`, then for each file EPUBCheck's messages in its console
// form, `SEVERITY(ID): path/entry(line,col): message`, and a last line
//   epubcheck: PATH: N errors, M warnings
// where N counts FATAL and ERROR, M WARNING, one per reported location. With --stdin the output is flushed
// after each file, so a caller can keep one JVM and ask for file after file. Exit status: 0 if every file
// passed, 1 if one did not, 2 for usage.
import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

public final class EpubCheckBatch {
  /** Prints each message as EPUBCheck's console report does; MasterReport counts them by severity. */
  static final class Report extends MasterReport {
    private final PrintStream out;

    Report(String path, PrintStream out) {
      this.out = out;
      setEpubFileName(path);
      setReportingLevel(ReportingLevel.Info);
      setLocale(Locale.ENGLISH);
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      String text = args != null && args.length > 0 ? message.getMessage(args) : message.getMessage();
      String entry = location.getPath();
      String where = getEpubFileName().endsWith(entry) ? "" : "/" + entry;
      out.printf("%s(%s): %s%s(%d,%d): %s%n", message.getSeverity(), message.getID(), getEpubFileName(), where,
          location.getLine(), location.getColumn(), text == null ? "" : text.replaceAll("\\s+", " "));
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
      return 0;
    }

    @Override
    public void initialize() {}
  }

  /** Checks one file; prints its messages and the summary line; true when it passed. */
  static boolean check(String path, PrintStream out) {
    int errors;
    int warnings;
    if (!path.matches(".+\\.[Ee][Pp][Uu][Bb]")) {
      // EPUBCheck's command line wants a mode for anything else; the tests only check whole EPUBs.
      out.println("USAGE: " + path + ": not a .epub file");
      errors = 1;
      warnings = 0;
    } else if (!new File(path).isFile()) {
      out.println("FATAL: " + path + ": file not found");
      errors = 1;
      warnings = 0;
    } else {
      Report report = new Report(path, out);
      try {
        new EpubCheck(new File(path), report).doValidate();
        errors = report.getFatalErrorCount() + report.getErrorCount();
      } catch (Throwable e) {
        // The command line prints the trace and fails the run; so does this.
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        out.print("FATAL: EPUBCheck failed on " + path + ": " + trace);
        errors = report.getFatalErrorCount() + report.getErrorCount() + 1;
      }
      warnings = report.getWarningCount();
    }
    out.printf("epubcheck: %s: %d errors, %d warnings%n", path, errors, warnings);
    out.flush();
    return errors == 0 && warnings == 0;
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    // Anything EPUBCheck or its libraries print on standard error lands among that file's messages.
    System.setOut(out);
    System.setErr(out);
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      out.println("usage: EpubCheckBatch FILE.epub... | EpubCheckBatch --stdin");
      out.flush();
      System.exit(2);
    }
    out.println("EPUBCheck v" + EpubCheck.version());
    out.flush();
    boolean allPassed = true;
    if (args.length == 1 && args[0].equals("--stdin")) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String path; (path = in.readLine()) != null; ) {
        allPassed &= check(path, out);
      }
    } else {
      for (String path : args) {
        allPassed &= check(path, out);
      }
    }
    out.flush();
    System.exit(allPassed ? 0 : 1);
  }
}
