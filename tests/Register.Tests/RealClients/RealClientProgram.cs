namespace Register.Tests.RealClients;

/// <summary>
/// A program from Debian that the real-client tests open the output with (Chromium, LibreOffice, poppler). A missing
/// program fails the test with the package to install: these tests never skip, and <c>.ci/run</c> installs them.
/// </summary>
internal static class RealClientProgram
{
    public static string Chromium => Find("chromium", "chromium");

    public static string Soffice => Find("soffice", "libreoffice-writer-nogui and libreoffice-calc-nogui");

    public static string PdfToText => Find("pdftotext", "poppler-utils");

    public static string PdfInfo => Find("pdfinfo", "poppler-utils");

    private static string Find(string name, string package)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator).Append("/usr/bin"))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"'{name}' is not installed; the real-client tests need it (apt-get install {package}; .ci/run installs it).");
    }

    /// <summary>Runs a program with a time limit and an isolated HOME; kills it (and its children) when the limit passes.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string home, TimeSpan timeout)
    {
        var environment = new Dictionary<string, string?> { ["HOME"] = home, ["TMPDIR"] = home };
        var (exitCode, output, error) = Workflow.ChildProcess.Run(program, arguments, home, environment, timeout);
        return (exitCode, output, error);
    }
}
