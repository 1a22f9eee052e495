using System.Text.RegularExpressions;
using NodaTime;
using Register.Diagnostics;
using Register.Loading;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Validation;

/// <summary>The example register in register/ validates clean, and errors injected into a copy are reported where they were made.</summary>
public sealed class ExampleRegisterTests
{
    // A fixed date after every date in the example, so the review rule does not depend on when the tests run.
    private static readonly LocalDate Today = new(2026, 12, 1);

    private static string ExampleDirectory => Path.Combine(Approver.RepoRoot, "register");

    /// <summary>One injected error: replace the first match of <paramref name="Pattern"/>, expect <paramref name="Code"/> at
    /// <paramref name="Anchor"/> (its first occurrence in the changed file) plus <paramref name="Offset"/> columns.</summary>
    public sealed record Injection(string File, string Pattern, string Replacement, string Code, string Anchor, int Offset = 0);

    private static readonly Injection[] Injections =
    [
        new("activities/web-server-logs.yaml", @"id: web-server-logs\n", "id: web-server-logs\nid: again\n", "REG002", "id: again"),
        new("activities/web-server-logs.yaml", @"\nprovision:", "\nprovisions:", "REG003", "provisions:"),
        new("activities/web-server-logs.yaml", @"then: delete", "then: destroy", "REG006", "destroy"),
        new("activities/web-server-logs.yaml", @"last_reviewed: [0-9-]+", "last_reviewed: 2026-09-31", "REG007", "2026-09-31"),
        new("activities/web-server-logs.yaml", @"recipients: \[hosting\]", "recipients: [hostng]", "REG023", "hostng"),
        new("activities/web-server-logs.yaml", @"  de: Protokolldateien des Webservers\n", "", "REG033", "nl: Logbestanden"),
        new("activities/web-server-logs.yaml",
            @"(basis: legitimate_interests\n)    legitimate_interest:\n      nl: [^\n]*\n      de: [^\n]*\n      en: [^\n]*\n", "$1",
            "REG040", "basis: legitimate_interests", 7),
        new("activities/web-server-logs.yaml", @"usage-data\]", "usage-data, health-data]", "REG044", "health-data"),
        new("activities/debt-collection.yaml", @"mechanism: scc", "mechanism: adequacy", "REG051", "mechanism: adequacy", 11),
        new("organisation.yaml", @"  country: NL", "  country: Holland", "REG070", "Holland"),
        new("organisation.yaml", @"email: privacy@", "email: privacy.", "REG071", "privacy.kompas"),
        new("activities/live-chat.yaml", @"last_reviewed: [0-9-]+", "last_reviewed: 2025-01-15", "REG085", "2025-01-15"),
    ];

    [Fact]
    public void The_example_register_validates_clean()
    {
        var report = Validate(ExampleDirectory);

        Assert.True(report.Diagnostics.Count == 0, string.Join("\n", report.Diagnostics));
        Assert.True(report.Register!.Activities.Count >= 14);
    }

    [Fact]
    public void Each_injected_error_is_reported_at_the_place_it_was_made()
    {
        var copy = Directory.CreateTempSubdirectory("register-example-").FullName;
        try
        {
            CopyTree(ExampleDirectory, copy);
            foreach (var injection in Injections)
            {
                var path = Path.Combine(copy, injection.File);
                var text = File.ReadAllText(path);
                var changed = new Regex(injection.Pattern).Replace(text, injection.Replacement, 1);
                Assert.True(changed != text, $"The example no longer contains '{injection.Pattern}' in {injection.File}; update the injection.");
                File.WriteAllText(path, changed);
            }

            var report = Validate(copy);

            var found = report.Diagnostics.Select(d => $"{d.At}: {d.Code}").ToHashSet(StringComparer.Ordinal);
            var missing = Injections.Select(i => $"{Locate(copy, i)}: {i.Code}").Where(e => !found.Contains(e)).ToList();
            Assert.True(missing.Count == 0,
                $"Not reported:\n  {string.Join("\n  ", missing)}\nReported:\n  {string.Join("\n  ", report.Diagnostics)}");
            Assert.True(report.HasErrors);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static ValidationReport Validate(string directory) =>
        RegisterValidation.Run(directory, new ValidationOptions
        {
            Today = Today,
            Load = new LoadOptions { DisplayRoot = directory },
        });

    private static SourceLocation Locate(string root, Injection injection)
    {
        var text = File.ReadAllText(Path.Combine(root, injection.File)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var index = text.IndexOf(injection.Anchor, StringComparison.Ordinal);
        Assert.True(index >= 0, $"Anchor '{injection.Anchor}' not found in {injection.File}.");
        var line = text.AsSpan(0, index).Count('\n') + 1;
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var column = index - lineStart + 1 + injection.Offset;

        return new SourceLocation(injection.File, line, column);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
